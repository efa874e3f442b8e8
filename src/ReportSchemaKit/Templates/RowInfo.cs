using System.Collections.Generic;

namespace ReportSchemaKit.Templates;

/// <summary>A data row of a table, in the order the official format prints it.</summary>
public sealed class RowInfo
{
    /// <summary>Canonical id, stable across template versions (for example <c>NewReceived</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The label as the official format prints it.</summary>
    public required string Label { get; init; }

    /// <summary>Other spellings and known typos met in published reports.</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];

    /// <summary>The grouping headers above this row, outermost first.</summary>
    public IReadOnlyList<HeaderGroup> Groups { get; init; } = [];

    /// <summary>Documentation text from the template, or <c>null</c>.</summary>
    public string? Description { get; init; }

    /// <summary>Position of the row within its table, from 0.</summary>
    public required int Index { get; init; }
}

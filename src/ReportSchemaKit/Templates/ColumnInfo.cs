using System.Collections.Generic;

namespace ReportSchemaKit.Templates;

/// <summary>A value column of a table, in the order the official format prints it.</summary>
public sealed class ColumnInfo
{
    /// <summary>Canonical id, stable across template versions (for example <c>Total</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The header label as the official format prints it.</summary>
    public required string Label { get; init; }

    /// <summary>Other spellings met in published reports.</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];

    /// <summary>The grouping headers above this column, outermost first.</summary>
    public IReadOnlyList<HeaderGroup> Groups { get; init; } = [];

    /// <summary>What the column's cells hold.</summary>
    public required CellType Type { get; init; }

    /// <summary>The most decimal places a value may have: 0 for counts.</summary>
    public int Scale { get; init; }

    /// <summary>The unit the format prescribes (for example 万元), or <c>null</c> where the report states it.</summary>
    public string? Unit { get; init; }

    /// <summary>Documentation text from the template, or <c>null</c>.</summary>
    public string? Description { get; init; }

    /// <summary>Position of the column within its table, from 0.</summary>
    public required int Index { get; init; }
}

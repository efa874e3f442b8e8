using System.Collections.Generic;

namespace ReportSchemaKit.Templates;

/// <summary>A numbered section of the report (二、主动公开政府信息情况 and so on) and its tables.</summary>
public sealed class SectionInfo
{
    /// <summary>The section's id.</summary>
    public required string Id { get; init; }

    /// <summary>The section heading as printed.</summary>
    public required string Label { get; init; }

    /// <summary>Other spellings met in published reports.</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];

    /// <summary>Documentation text from the template, or <c>null</c>.</summary>
    public string? Description { get; init; }

    /// <summary>The section's tables in printed order.</summary>
    public required IReadOnlyList<TableInfo> Tables { get; init; }
}

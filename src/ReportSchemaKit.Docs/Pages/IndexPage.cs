using System.Collections.Generic;

namespace ReportSchemaKit.Docs.Pages;

/// <summary>The index of the documentation set, for Templates/Index.sbn.</summary>
internal sealed class IndexPage
{
    public required IReadOnlyList<IndexEntry> Versions { get; init; }

    public required IReadOnlyList<IndexEntry> Diffs { get; init; }
}

/// <summary>One page of the set.</summary>
internal sealed class IndexEntry
{
    public required string Family { get; init; }

    public required string File { get; init; }

    public string Version { get; init; } = string.Empty;

    public string Years { get; init; } = string.Empty;

    public string IssuedBy { get; init; } = string.Empty;

    public string From { get; init; } = string.Empty;

    public string To { get; init; } = string.Empty;
}

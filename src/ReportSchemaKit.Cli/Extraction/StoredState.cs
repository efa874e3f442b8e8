using System.Collections.Generic;

namespace ReportSchemaKit.Cli.Extraction;

/// <summary>
/// What the database held when the run began, as the run needs it besides the contents it holds (those are in the
/// store's <see cref="ContentHashFilter"/>): the rows a retry replaces and the next report id.
/// </summary>
internal sealed class StoredState
{
    /// <summary>Unreadable contents stored by another reportkit version: tried again, and their old row replaced.</summary>
    public required Dictionary<ContentHash, int> Retry { get; init; }

    /// <summary>Files whose bytes could not be read last time, by path: tried again, their old row replaced.</summary>
    public required Dictionary<string, int> RetryPaths { get; init; }

    public required int NextReportId { get; init; }
}

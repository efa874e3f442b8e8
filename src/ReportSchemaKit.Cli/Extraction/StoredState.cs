using System.Collections.Generic;

namespace ReportSchemaKit.Cli.Extraction;

/// <summary>
/// What the database held when the run began, as the run needs it: the contents to skip, the rows a retry replaces,
/// and the next report id.
/// </summary>
internal sealed class StoredState
{
    /// <summary>
    /// Contents not to read again: every stored report, and every unreadable content stored by this same reportkit
    /// version (a newer one, with readers the old lacked, tries them again). Read by every worker; never written
    /// during the run. Kept by 128-bit prefix (<see cref="ContentHash.Prefix"/>), a million stored reports in ~32 MB.
    /// </summary>
    public required HashPrefixSet Skip { get; init; }

    /// <summary>Unreadable contents stored by another reportkit version: tried again, and their old row replaced.</summary>
    public required Dictionary<ContentHash, int> Retry { get; init; }

    /// <summary>Files whose bytes could not be read last time, by path: tried again, their old row replaced.</summary>
    public required Dictionary<string, int> RetryPaths { get; init; }

    public required int NextReportId { get; init; }
}

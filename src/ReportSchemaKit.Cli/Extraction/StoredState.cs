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
    /// during the run.
    /// A <see cref="HashSet{T}"/> of whole hashes rather than a <see cref="HashPrefixSet"/>: over a million stored
    /// reports the re-run peaked at 204-208 MB with this, 269 MB with that (its 4,096 tables on the small-object
    /// heap), though the set itself is smaller.
    /// </summary>
    public required HashSet<ContentHash> Skip { get; init; }

    /// <summary>Unreadable contents stored by another reportkit version: tried again, and their old row replaced.</summary>
    public required Dictionary<ContentHash, int> Retry { get; init; }

    /// <summary>Files whose bytes could not be read last time, by path: tried again, their old row replaced.</summary>
    public required Dictionary<string, int> RetryPaths { get; init; }

    public required int NextReportId { get; init; }
}

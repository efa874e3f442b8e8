using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace ReportSchemaKit.Cli.Extraction;

/// <summary>
/// Files whose content the filter says may be stored already or taken by this run, kept as path and hash only
/// (their parsed rows are dropped) until one query settles many of them: each query scans every stored hash (about
/// 0.1 s a million), so it runs for a full list or once the oldest file has waited long enough, never per file.
/// </summary>
internal sealed class DoubtfulFiles
{
    private readonly Stopwatch oldest = new();
    private readonly int limit;
    private List<(string Path, ContentHash Hash)> files = [];
    private List<(string Path, ContentHash Hash)> spare = [];

    public DoubtfulFiles(int limit) => this.limit = limit;

    public int Count => files.Count;

    public bool IsFull => files.Count >= limit;

    /// <summary>How long the oldest file has waited; zero when there is none.</summary>
    public TimeSpan Age => files.Count == 0 ? TimeSpan.Zero : oldest.Elapsed;

    public void Add(string path, ContentHash hash)
    {
        if (files.Count == 0)
        {
            oldest.Restart();
        }

        files.Add((path, hash));
    }

    /// <summary>
    /// Hands over the files waiting and starts an empty list (files settled may be added again, when changed since
    /// they were read). The list handed over is reused at the next call, so it is to be read before then.
    /// </summary>
    public List<(string Path, ContentHash Hash)> TakeAll()
    {
        (files, spare) = (spare, files);
        files.Clear();
        return spare;
    }
}

using System;
using System.Collections.Generic;

namespace ReportSchemaKit.Cli.Extraction;

/// <summary>
/// The one writer of a run. Each file the workers hand over is claimed (<see cref="ReportStore.Claim"/>): a new
/// content is appended to the open transaction (a <see cref="StoreBatch"/>), committed when full or due; a content
/// the filter says may be stored already waits among the <see cref="DoubtfulFiles"/> until one query settles many,
/// as skipped (stored before this run), duplicate (taken by this run) or, where the filter was wrong, new after all:
/// read and parsed again here and appended. The run's memory thus holds no set of its contents, whatever their number.
/// </summary>
internal sealed class StoreWriter : IDisposable
{
    /// <summary>
    /// A transaction is committed once it holds this many cell rows, three of DuckDB's row groups of 122,880 rows
    /// (about 1,800 reports). Commits cost by their number more than by their size: over 100,000 reports, committing
    /// every 500 files spent 42 s in commits, every 2,000 files 20 s.
    /// </summary>
    private const long BatchCellRows = 3 * 122_880;

    /// <summary>At most this many files per transaction (unreadable files have no cells), so a kill loses little work.</summary>
    private const int BatchFiles = 2_000;

    /// <summary>A batch open this long is committed even if not full, so a slow trickle of files is stored steadily.</summary>
    private static readonly TimeSpan BatchAge = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Doubtful files wait at most this long for their query, which commits the open batch first and scans every
    /// stored hash (about 0.1 s a million): rare duplicates cost one scan in ten seconds, not one per commit.
    /// </summary>
    private static readonly TimeSpan DoubtfulAge = TimeSpan.FromSeconds(10);

    private readonly ReportStore store;
    private readonly ExtractionCounts counts;
    private readonly DoubtfulFiles doubtful;
    private StoreBatch? batch;
    private bool settling;

    /// <param name="confirmEvery">Doubtful files settled by one query at most (about 200 bytes each while they wait).</param>
    public StoreWriter(ReportStore store, ExtractionCounts counts, int confirmEvery)
    {
        this.store = store;
        this.counts = counts;
        doubtful = new DoubtfulFiles(confirmEvery);
    }

    /// <summary>Time until the open batch or the oldest doubtful file is due; null where nothing waits.</summary>
    public TimeSpan? Due
    {
        get
        {
            TimeSpan? due = batch is null ? null : BatchAge - batch.Age;
            if (doubtful.Count > 0 && (due is null || DoubtfulAge - doubtful.Age < due))
            {
                due = DoubtfulAge - doubtful.Age;
            }

            return due;
        }
    }

    /// <summary>Claims the file and appends it, counts it as a duplicate, or keeps it to be confirmed.</summary>
    public void Take(ExtractedFile file)
    {
        if (file.LikelyStored)
        {
            Doubt(file);
            return;
        }

        switch (store.Claim(file))
        {
            case ClaimOutcome.Taken:
                Append(file);
                break;
            case ClaimOutcome.Doubtful:
                // Its parsed rows are dropped: doubtful contents are mostly stored, and the rest are parsed again.
                Doubt(file);
                break;
            default:
                counts.AddDuplicate();
                break;
        }
    }

    /// <summary>Commits the batch and settles the doubtful files where they are due.</summary>
    public void CommitDue()
    {
        if (batch is not null && batch.Age >= BatchAge)
        {
            Commit();
        }

        if (doubtful.Count > 0 && doubtful.Age >= DoubtfulAge)
        {
            Settle();
        }
    }

    /// <summary>At the end of the run: settles every doubtful file and commits everything.</summary>
    public void Finish()
    {
        while (doubtful.Count > 0 || batch is not null)
        {
            if (doubtful.Count > 0)
            {
                Settle();
            }
            else
            {
                Commit();
            }
        }
    }

    /// <summary>Rolls back a batch not committed.</summary>
    public void Dispose() => batch?.Dispose();

    private void Doubt(ExtractedFile file)
    {
        doubtful.Add(file.Path, file.Hash!.Value);
        // Not while settling: the list being settled is the one the next would reuse (a file changed since it was
        // read comes back doubtful, for the next query).
        if (doubtful.IsFull && !settling)
        {
            Settle();
        }
    }

    private void Append(ExtractedFile file)
    {
        batch ??= store.BeginBatch();
        batch.Append(file);
        if (batch.CellRows >= BatchCellRows || batch.Count >= BatchFiles)
        {
            Commit();
        }
    }

    private void Commit()
    {
        using (batch)
        {
            foreach (var file in batch!.Commit())
            {
                counts.AddStored(file);
            }
        }

        batch = null;
        NativeHeap.ReturnFreed();
    }

    /// <summary>Settles the doubtful files with one query, after committing the batch so it sees all this run took.</summary>
    private void Settle()
    {
        if (batch is not null)
        {
            Commit();
        }

        settling = true;
        try
        {
            Settle(doubtful.TakeAll());
        }
        finally
        {
            settling = false;
        }
    }

    private void Settle(PathHashList files)
    {
        var stored = store.StoredAmong(files.Hashes);
        var takenNow = new HashSet<ContentHash>();
        for (var i = 0; i < files.Count; i++)
        {
            var hash = files.HashAt(i);
            if (stored.TryGetValue(hash, out var byThisRun))
            {
                if (byThisRun)
                {
                    counts.AddDuplicate();
                }
                else
                {
                    counts.AddSkipped();
                }
            }
            else if (!takenNow.Add(hash))
            {
                counts.AddDuplicate();
            }
            else
            {
                // Not stored: the filter's false alarm, or an unreadable content an older reportkit stored, to try
                // again. Read again; a file changed since is claimed as any other.
                counts.AddReadAgain();
                var file = ExtractedFile.Read(files.PathAt(i), likelyStored: _ => false);
                if (file.Hash == hash)
                {
                    Append(file);
                }
                else
                {
                    Take(file);
                }
            }
        }
    }
}

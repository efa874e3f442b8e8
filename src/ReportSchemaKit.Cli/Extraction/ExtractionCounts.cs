using System.Threading;

namespace ReportSchemaKit.Cli.Extraction;

/// <summary>The run's counters, updated by the walker, the workers and the writer, read by the progress display.</summary>
internal sealed class ExtractionCounts
{
    private long found;
    private long stored;
    private long unreadable;
    private long skipped;
    private long duplicates;
    private long cells;
    private long failedRules;
    private long bytesRead;
    private long readAgain;

    /// <summary>Files the walk has found so far (the progress total grows until the walk ends).</summary>
    public long Found => Interlocked.Read(ref found);

    public bool WalkFinished { get; set; }

    /// <summary>Reports stored.</summary>
    public long Stored => Interlocked.Read(ref stored);

    /// <summary>Files stored as unreadable (no report, or bytes that could not be read).</summary>
    public long Unreadable => Interlocked.Read(ref unreadable);

    /// <summary>Files whose content the database already held.</summary>
    public long Skipped => Interlocked.Read(ref skipped);

    /// <summary>Files whose content another file of this run had.</summary>
    public long Duplicates => Interlocked.Read(ref duplicates);

    public long Cells => Interlocked.Read(ref cells);

    public long FailedRules => Interlocked.Read(ref failedRules);

    public long BytesRead => Interlocked.Read(ref bytesRead);

    /// <summary>Files the content filter wrongly took for stored, so read and parsed a second time: a cost, not an outcome.</summary>
    public long ReadAgain => Interlocked.Read(ref readAgain);

    /// <summary>Files finished one way or another.</summary>
    public long Done => Stored + Unreadable + Skipped + Duplicates;

    public void AddFound() => Interlocked.Increment(ref found);

    public void AddSkipped() => Interlocked.Increment(ref skipped);

    public void AddDuplicate() => Interlocked.Increment(ref duplicates);

    public void AddBytes(long count) => Interlocked.Add(ref bytesRead, count);

    public void AddReadAgain() => Interlocked.Increment(ref readAgain);

    /// <summary>Counts a committed file.</summary>
    public void AddStored(StoredFile file)
    {
        if (file.IsReport)
        {
            Interlocked.Increment(ref stored);
            Interlocked.Add(ref cells, file.Cells);
            Interlocked.Add(ref failedRules, file.FailedRules);
        }
        else
        {
            Interlocked.Increment(ref unreadable);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using ReportSchemaKit.Cli.Input;

namespace ReportSchemaKit.Cli.Extraction;

/// <summary>
/// The extraction pipeline. One task walks the folders into a bounded channel of paths; parse workers (one per
/// core) read, hash, parse and validate each file into the rows to store and put them into a second bounded
/// channel; the one writer appends each to an open transaction (a <see cref="StoreBatch"/>) and commits it when it is
/// full or due. The channels' bounds keep the files in flight the same whatever their number: the walk waits for
/// the workers, the workers wait for the writer.
/// </summary>
internal sealed class ExtractionRun
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

    private readonly ReportStore store;
    private readonly ExtractionCounts counts;
    private readonly int workers;

    public ExtractionRun(ReportStore store, ExtractionCounts counts, int workers)
    {
        this.store = store;
        this.counts = counts;
        this.workers = Math.Max(1, workers);
    }

    /// <summary>Folders that could not be walked and roots that do not exist, with why.</summary>
    public List<WalkedFile> WalkErrors { get; } = [];

    /// <summary>Runs to the end, or until cancelled or the database fails (a <see cref="StoreException"/>).</summary>
    public async Task RunAsync(IReadOnlyList<string> roots, CancellationToken cancellation)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var paths = Channel.CreateBounded<string>(new BoundedChannelOptions(1024) { SingleWriter = true });
        // Room for about half a second of parsing, so the workers go on while the writer commits (10,000 reports:
        // workers blocked 5.5 s in all with room for 256, 0.7 s with 1,024).
        var results = Channel.CreateBounded<ExtractedFile>(new BoundedChannelOptions(1024) { SingleReader = true });

        var walk = Task.Run(() => Walk(roots, paths.Writer, stop.Token), stop.Token);
        var parsers = Enumerable.Range(0, workers).Select(_ => Task.Run(() => Parse(paths.Reader, results.Writer, stop.Token), stop.Token)).ToArray();
        var parsed = Task.WhenAll(parsers).ContinueWith(t => results.Writer.TryComplete(t.Exception), TaskScheduler.Default);
        try
        {
            await Task.Run(() => WriteAsync(results.Reader, stop.Token), stop.Token).ConfigureAwait(false);
        }
        catch
        {
            // The writer failed or was cancelled: stop the walk and the workers before the error goes up.
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            await Task.WhenAll(walk, parsed).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
        }

        await walk.ConfigureAwait(false);
        await Task.WhenAll(parsers).ConfigureAwait(false);
    }

    private async Task Walk(IReadOnlyList<string> roots, ChannelWriter<string> paths, CancellationToken cancellation)
    {
        try
        {
            foreach (var file in FileWalker.Walk(roots))
            {
                if (file.Error is not null)
                {
                    lock (WalkErrors)
                    {
                        WalkErrors.Add(file);
                    }

                    continue;
                }

                counts.AddFound();
                await paths.WriteAsync(file.Path, cancellation).ConfigureAwait(false);
            }
        }
        finally
        {
            counts.WalkFinished = true;
            paths.TryComplete();
        }
    }

    private async Task Parse(ChannelReader<string> paths, ChannelWriter<ExtractedFile> results, CancellationToken cancellation)
    {
        await foreach (var path in paths.ReadAllAsync(cancellation).ConfigureAwait(false))
        {
            if (Extract(path) is { } file)
            {
                await results.WriteAsync(file, cancellation).ConfigureAwait(false);
            }
        }
    }

    /// <summary>One file to the rows to store, or <c>null</c> where its content is already stored.</summary>
    private ExtractedFile? Extract(string path)
    {
        if (!ReportFile.TryReadBytes(path, out var bytes, out var error))
        {
            return ExtractedFile.Unreadable(path, error!);
        }

        counts.AddBytes(bytes.Length);
        var hash = ContentHash.Of(bytes);
        if (store.State.Skip.Contains(hash))
        {
            counts.AddSkipped();
            return null;
        }

        try
        {
            return ExtractedFile.FromContent(path, bytes, hash);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The parser is built never to throw on bad input; should it still, that file is stored as unreadable
            // with the reason and the run goes on.
            return ExtractedFile.Unreadable(path, $"reportkit failed on this file: {exception.GetType().Name}: {exception.Message}") with { Hash = hash, Bytes = bytes.Length };
        }
    }

    private async Task WriteAsync(ChannelReader<ExtractedFile> results, CancellationToken cancellation)
    {
        StoreBatch? batch = null;
        try
        {
            while (await WaitForFiles(results, batch, cancellation).ConfigureAwait(false))
            {
                while (results.TryRead(out var file))
                {
                    if (!store.Claim(file))
                    {
                        counts.AddDuplicate();
                        continue;
                    }

                    batch ??= store.BeginBatch();
                    batch.Append(file);
                    if (batch.CellRows >= BatchCellRows || batch.Count >= BatchFiles)
                    {
                        Commit(ref batch);
                    }
                }

                if (batch is not null && batch.Age >= BatchAge)
                {
                    Commit(ref batch);
                }
            }

            if (batch is not null)
            {
                Commit(ref batch);
            }
        }
        finally
        {
            batch?.Dispose();
        }
    }

    /// <summary>Waits for more files, or while a batch is open at most until it is due, so a slow trickle is stored steadily.</summary>
    private static async Task<bool> WaitForFiles(ChannelReader<ExtractedFile> results, StoreBatch? batch, CancellationToken cancellation)
    {
        if (batch is null)
        {
            return await results.WaitToReadAsync(cancellation).ConfigureAwait(false);
        }

        var due = BatchAge - batch.Age;
        if (due <= TimeSpan.Zero)
        {
            return true;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(due);
        try
        {
            return await results.WaitToReadAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            // The batch is due: go round to commit it.
            return true;
        }
    }

    private void Commit(ref StoreBatch? batch)
    {
        using (batch)
        {
            foreach (var file in batch!.Commit())
            {
                counts.AddStored(file);
            }
        }

        batch = null;
        FreedNativeMemory.Return();
    }
}

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
/// core) read and hash each file and, unless the store likely holds its content, parse and validate it into the rows
/// to store, and put it into a second bounded channel; the one writer (<see cref="StoreWriter"/>) stores the new ones
/// and settles the rest. The channels' bounds keep the files in flight the same whatever their number: the walk waits for
/// the workers, the workers wait for the writer.
/// </summary>
internal sealed class ExtractionRun
{
    /// <summary>
    /// Doubtful files (contents the filter says may be stored) settled by one query at most: a query scans every
    /// stored hash, so a re-run over a million stored reports makes 20 of them; the files wait as path and hash.
    /// </summary>
    private const int ConfirmEvery = 50_000;

    private readonly ReportStore store;
    private readonly ExtractionCounts counts;
    private readonly int workers;
    private readonly int confirmEvery;

    public ExtractionRun(ReportStore store, ExtractionCounts counts, int workers)
        : this(store, counts, workers, ConfirmEvery)
    {
    }

    /// <summary>A run settling at most <paramref name="confirmEvery"/> doubtful files a query (tests use a few).</summary>
    internal ExtractionRun(ReportStore store, ExtractionCounts counts, int workers, int confirmEvery)
    {
        this.store = store;
        this.counts = counts;
        this.workers = Math.Max(1, workers);
        this.confirmEvery = confirmEvery;
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
            // A content the store likely holds is only hashed: a re-run reads every file but parses only new ones.
            var file = ExtractedFile.Read(path, store.MayHold);
            counts.AddBytes(file.Bytes);
            await results.WriteAsync(file, cancellation).ConfigureAwait(false);
        }
    }

    private async Task WriteAsync(ChannelReader<ExtractedFile> results, CancellationToken cancellation)
    {
        using var writer = new StoreWriter(store, counts, confirmEvery);
        while (await WaitForFiles(results, writer.Due, cancellation).ConfigureAwait(false))
        {
            while (results.TryRead(out var file))
            {
                writer.Take(file);
            }

            writer.CommitDue();
        }

        writer.Finish();
    }

    /// <summary>Waits for more files, or at most until the writer has something due, so a slow trickle is stored steadily.</summary>
    private static async Task<bool> WaitForFiles(ChannelReader<ExtractedFile> results, TimeSpan? writerDue, CancellationToken cancellation)
    {
        if (writerDue is not { } due)
        {
            return await results.WaitToReadAsync(cancellation).ConfigureAwait(false);
        }

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
            // The writer has something due: go round to commit or settle it.
            return true;
        }
    }
}

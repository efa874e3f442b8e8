using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using ReportSchemaKit.Cli.Output;
using Spectre.Console;

namespace ReportSchemaKit.Cli.Extraction;

/// <summary>
/// Shows how the run goes on standard error, so standard output keeps only the summary: a progress bar with the
/// rate and the time left on a terminal, a plain line every few seconds otherwise (logs, CI, pipes).
/// </summary>
internal static class ExtractionProgress
{
    private static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(5);

    /// <summary>Shows progress until <paramref name="run"/> ends, and returns its outcome.</summary>
    public static async Task Show(Task run, ExtractionCounts counts, bool enabled)
    {
        if (!enabled)
        {
            await run.ConfigureAwait(false);
        }
        else if (Terminal.ErrorIsInteractive)
        {
            await Bar(run, counts).ConfigureAwait(false);
        }
        else
        {
            await Lines(run, counts).ConfigureAwait(false);
        }
    }

    private static async Task Bar(Task run, ExtractionCounts counts)
    {
        var clock = Stopwatch.StartNew();
        await Terminal.Error().Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("extract", maxValue: 1);
                while (!run.IsCompleted)
                {
                    Update(task, counts, clock.Elapsed);
                    await Task.WhenAny(run, Task.Delay(200)).ConfigureAwait(false);
                }

                Update(task, counts, clock.Elapsed);
            }).ConfigureAwait(false);
        await run.ConfigureAwait(false);
    }

    private static void Update(ProgressTask task, ExtractionCounts counts, TimeSpan elapsed)
    {
        // The walk streams, so the total grows until it ends; the bar is exact from then on.
        task.MaxValue = Math.Max(1, counts.Found);
        task.Value = counts.Done;
        task.Description = Markup.Escape(Describe(counts, elapsed));
    }

    private static async Task Lines(Task run, ExtractionCounts counts)
    {
        var clock = Stopwatch.StartNew();
        while (await Task.WhenAny(run, Task.Delay(LineInterval)).ConfigureAwait(false) != run)
        {
            Console.Error.WriteLine("extract: " + Describe(counts, clock.Elapsed) + Remaining(counts, clock.Elapsed));
        }

        await run.ConfigureAwait(false);
    }

    private static string Describe(ExtractionCounts counts, TimeSpan elapsed)
    {
        var done = counts.Done;
        var rate = elapsed.TotalSeconds > 0 ? done / elapsed.TotalSeconds : 0;
        var total = counts.WalkFinished ? counts.Found.ToString("N0", CultureInfo.InvariantCulture) : counts.Found.ToString("N0", CultureInfo.InvariantCulture) + "+";
        return string.Create(CultureInfo.InvariantCulture, $"{done:N0}/{total} files, {rate:N0} files/s, {counts.Stored:N0} stored, {counts.Skipped:N0} skipped, {counts.Unreadable:N0} unreadable");
    }

    private static string Remaining(ExtractionCounts counts, TimeSpan elapsed)
    {
        var done = counts.Done;
        if (!counts.WalkFinished || done == 0)
        {
            return string.Empty;
        }

        var seconds = (counts.Found - done) * elapsed.TotalSeconds / done;
        return string.Create(CultureInfo.InvariantCulture, $", about {TimeSpan.FromSeconds(Math.Ceiling(seconds)):g} left");
    }
}

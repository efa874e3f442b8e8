using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ReportSchemaKit.Cli.Extraction;
using ReportSchemaKit.Cli.Tests.Infrastructure;

namespace ReportSchemaKit.Cli.Tests;

/// <summary>
/// <c>reportkit extract</c> killed at random moments, ten times in a row over one folder: after each kill the
/// database holds only whole reports, none twice; the run that finishes stores the rest and skips what was stored.
/// </summary>
public sealed class KilledExtractionTests(Xunit.Abstractions.ITestOutputHelper log)
{
    /// <summary>
    /// Enough work that a run outlasts the up to 1.5 s a kill waits after the first batch: with 8,000 an idle 2-core
    /// machine finished the whole run within that wait, and no kill met the run at work.
    /// </summary>
    private const int Files = 20_000;

    [Fact]
    public async System.Threading.Tasks.Task Killed_ten_times_the_database_holds_exactly_the_reports_that_finished()
    {
        using var folder = new TempFolder();
        var input = WriteDistinctReports(folder);
        var database = folder.File("reports.duckdb");
        var random = new Random(20261122);
        var storedAfterKills = new List<long>();

        for (var kill = 0; kill < 10; kill++)
        {
            using (var process = Reportkit.Start("extract", input, "--db", database, "--no-progress"))
            {
                var output = process.StandardOutput.ReadToEndAsync();
                var error = process.StandardError.ReadToEndAsync();
                // A random moment of the work, not of the clock: once the run has written a batch, however slow the
                // machine, then up to 1.5 s more.
                await UntilABatchIsWritten(process, database, StoredBytes(database));
                process.WaitForExit(TimeSpan.FromMilliseconds(random.Next(0, 1_500)));
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                await process.WaitForExitAsync();
                await output;
                var printed = await error;
                Assert.False(printed.Contains("   at ", StringComparison.Ordinal), printed);
            }

            var stored = File.Exists(database) ? CheckWhole(database) : 0;
            var before = storedAfterKills.Count == 0 ? 0 : storedAfterKills[^1];
            Assert.True(stored >= before, $"kill {kill + 1}: {stored} reports, fewer than the {before} stored before");
            storedAfterKills.Add(stored);
        }

        log.WriteLine("reports stored after each kill: " + string.Join(", ", storedAfterKills));
        var last = Reportkit.Run("extract", input, "--db", database, "--no-progress");

        Assert.True(last.ExitCode == 0, last.ToString());
        Assert.Matches(string.Create(System.Globalization.CultureInfo.InvariantCulture, $@"skipped\s+{storedAfterKills[^1]:N0} files"), last.Output);
        Assert.Equal(Files, CheckWhole(database));
        // The kills must have met the run at work, not only before or after it.
        Assert.True(storedAfterKills.Any(n => n > 0 && n < Files), "stored after each kill: " + string.Join(", ", storedAfterKills));
    }

    /// <summary>
    /// Waits until the database and its write-ahead log together have changed by more than a batch of reports
    /// takes (a 500-report batch writes megabytes; opening the store writes kilobytes), or the run has ended.
    /// </summary>
    private static async System.Threading.Tasks.Task UntilABatchIsWritten(System.Diagnostics.Process process, string database, long before)
    {
        var limit = System.Diagnostics.Stopwatch.StartNew();
        while (!process.HasExited && Math.Abs(StoredBytes(database) - before) < 1 << 20 && limit.Elapsed < TimeSpan.FromMinutes(2))
        {
            await System.Threading.Tasks.Task.Delay(20);
        }
    }

    private static long StoredBytes(string database) =>
        (File.Exists(database) ? new FileInfo(database).Length : 0) + (File.Exists(database + ".wal") ? new FileInfo(database + ".wal").Length : 0);

    /// <summary>Checks that every stored report is whole and stored once; returns how many there are.</summary>
    private long CheckWhole(string database)
    {
        // As the next run finds it: DuckDB can bring back the written-ahead cells of a commit the kill cut short,
        // which reportkit removes when it opens the database (UncommittedRows), before anything reads or adds rows.
        using (var reopened = ReportStore.Open(database))
        {
            foreach (var (table, rows) in reopened.RemovedAtOpen)
            {
                log.WriteLine($"removed on opening: {rows} {table} rows without their report");
            }
        }

        using var store = new Store(database);
        Assert.Equal(0, store.Scalar("SELECT count(*) - count(DISTINCT sha256) FROM reports"));
        Assert.Equal(0, store.Scalar("SELECT count(*) - count(DISTINCT report_id) FROM reports"));
        Assert.Equal(0, store.Scalar("""
            SELECT count(*) FROM reports r
            WHERE r.status = 'report' AND r.cell_count <> (SELECT count(*) FROM cells c WHERE c.report_id = r.report_id)
            """));
        Assert.Equal(0, store.Scalar("""
            SELECT count(*) FROM reports r
            WHERE r.status = 'report' AND r.failed_rules <> (SELECT count(*) FROM findings f WHERE f.report_id = r.report_id)
            """));
        Assert.Equal(0, store.Scalar("SELECT count(*) FROM cells WHERE report_id NOT IN (SELECT report_id FROM reports)"));
        Assert.Equal(0, store.Scalar("SELECT count(*) FROM findings WHERE report_id NOT IN (SELECT report_id FROM reports)"));
        return store.Scalar("SELECT count(*) FROM reports WHERE status = 'report'");
    }

    /// <summary>The corpus text reports, each copied many times with its own closing line, so every file has its own content hash.</summary>
    private static string WriteDistinctReports(TempFolder folder)
    {
        var texts = Corpus.Files.Where(f => f.EndsWith(".txt", StringComparison.Ordinal)).Select(File.ReadAllBytes).ToArray();
        for (var i = 0; i < Files; i++)
        {
            var suffix = Encoding.UTF8.GetBytes($"\n\n（第{i}份）\n");
            folder.Write($"in/{i % 10}/report-{i}.txt", [.. texts[i % texts.Length], .. suffix]);
        }

        return folder.File("in");
    }
}

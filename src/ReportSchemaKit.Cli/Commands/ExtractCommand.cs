using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ReportSchemaKit.Cli.Extraction;

namespace ReportSchemaKit.Cli.Commands;

/// <summary><c>reportkit extract DIR|FILE… [--db reports.duckdb] [--parquet DIR] [--csv DIR]</c>: folders of reports into a database.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("PATH")
        {
            Description = $"Folders to walk (files named {string.Join(" ", ReportFileKinds.Extensions.Order(StringComparer.Ordinal))}) and files to read",
            Arity = ArgumentArity.OneOrMore,
        };
        var database = new Option<FileInfo>("--db") { Description = "The DuckDB database to create or add to", DefaultValueFactory = _ => new FileInfo("reports.duckdb"), HelpName = "FILE" };
        var parquet = new Option<DirectoryInfo?>("--parquet") { Description = "Also write every table as DIR/<table>.parquet (for Spark, Trino, pandas)", HelpName = "DIR" };
        var csv = new Option<DirectoryInfo?>("--csv") { Description = "Also write every table as DIR/<table>.csv", HelpName = "DIR" };
        var workers = new Option<int>("--workers") { Description = "Parse workers (default: one per core)", DefaultValueFactory = _ => Environment.ProcessorCount, HelpName = "N" };
        workers.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--workers must be 1 or more.");
            }
        });
        var quiet = new Option<bool>("--no-progress") { Description = "Print no progress, only the summary" };
        var command = new Command(
            "extract",
            "Parse and validate every report under the folders, in parallel, into a DuckDB database: tables reports, cells (long form), findings, diagnostics, cell_keys. "
            + "A re-run skips contents already stored (by SHA-256); a killed run loses no stored report and leaves none half-written. "
            + "Unreadable files are stored as such and listed at the end; they never stop the run")
        {
            inputs, database, parquet, csv, workers, quiet,
        };
        command.SetAction((result, cancellation) => Run(
            result.GetValue(inputs)!, result.GetValue(database)!, result.GetValue(parquet), result.GetValue(csv), result.GetValue(workers), !result.GetValue(quiet), cancellation));
        return command;
    }

    private static async Task<int> Run(string[] inputs, FileInfo database, DirectoryInfo? parquet, DirectoryInfo? csv, int workers, bool progress, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        // Before DuckDB and the workers start their threads, which would each take an arena of their own.
        NativeHeap.LimitFragmentation();
        ReportStore store;
        try
        {
            store = ReportStore.Open(database.FullName);
        }
        catch (StoreException exception)
        {
            Console.Error.WriteLine("reportkit: " + exception.Message);
            return ExitCodes.InputError;
        }

        using (store)
        {
            var counts = new ExtractionCounts();
            var run = new ExtractionRun(store, counts, workers);
            try
            {
                await ExtractionProgress.Show(run.RunAsync(inputs, cancellation), counts, progress).ConfigureAwait(false);
            }
            catch (StoreException exception)
            {
                WriteSummary(store, counts, run.WalkErrors, clock.Elapsed, interrupted: true);
                Console.Error.WriteLine("reportkit: " + exception.Message);
                return ExitCodes.InputError;
            }
            catch (OperationCanceledException)
            {
                WriteSummary(store, counts, run.WalkErrors, clock.Elapsed, interrupted: true);
                Console.Error.WriteLine("reportkit: interrupted; every batch written so far is stored, and a re-run goes on from there");
                return 130;
            }

            WriteSummary(store, counts, run.WalkErrors, clock.Elapsed, interrupted: false);
            if (counts.Found == 0 && run.WalkErrors.Count == 0)
            {
                Console.Error.WriteLine($"reportkit: no report files ({string.Join(" ", ReportFileKinds.Extensions.Order(StringComparer.Ordinal))}) under {string.Join(", ", inputs.Select(Path.GetFullPath))}");
                return ExitCodes.InputError;
            }

            foreach (var (directory, format) in new[] { (parquet, "parquet"), (csv, "csv") })
            {
                if (directory is null)
                {
                    continue;
                }

                try
                {
                    foreach (var file in store.Export(directory.FullName, format))
                    {
                        Console.Out.WriteLine($"  wrote {file}");
                    }
                }
                catch (StoreException exception)
                {
                    Console.Error.WriteLine("reportkit: " + exception.Message);
                    return ExitCodes.InputError;
                }
            }

            return run.WalkErrors.Count > 0 ? ExitCodes.InputError : ExitCodes.Success;
        }
    }

    private static void WriteSummary(ReportStore store, ExtractionCounts counts, List<WalkedFile> walkErrors, TimeSpan elapsed, bool interrupted)
    {
        var output = Console.Out;
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(culture,
            $"reportkit extract: {(interrupted ? "interrupted after " : string.Empty)}{counts.Done:N0} files in {elapsed.TotalSeconds:F1} s ({counts.Done / seconds:N0} files/s, {counts.BytesRead / seconds / (1024 * 1024):F1} MB/s) into {store.Path}"));
        if (store.RemovedAtOpen.Count > 0)
        {
            var rows = string.Join(", ", store.RemovedAtOpen.Select(r => string.Create(culture, $"{r.Rows:N0} {r.Table} rows")));
            output.WriteLine($"  repaired    removed {rows} that a killed run had left without their report");
        }

        output.WriteLine(string.Create(culture, $"  stored      {counts.Stored,7:N0} reports ({counts.Cells:N0} cells, {counts.FailedRules:N0} broken rules)"));
        output.WriteLine(string.Create(culture, $"  unreadable  {counts.Unreadable,7:N0} files, stored with their error"));
        output.WriteLine(string.Create(culture, $"  skipped     {counts.Skipped,7:N0} files already stored (same content)"));
        if (counts.Duplicates > 0)
        {
            output.WriteLine(string.Create(culture, $"  duplicates  {counts.Duplicates,7:N0} files with the content of another file of this run"));
        }

        output.WriteLine(string.Create(culture,
            $"  database    {store.Count("SELECT count(*) FROM reports WHERE status = 'report'"):N0} reports, {store.Count("SELECT count(*) FROM reports WHERE status = 'unreadable'"):N0} unreadable files in all"));
        if (counts.Unreadable > 0)
        {
            output.WriteLine("unreadable files:");
            foreach (var (path, error) in store.UnreadableStoredThisRun())
            {
                output.WriteLine($"  {path}: {error}");
            }
        }

        if (walkErrors.Count > 0)
        {
            output.WriteLine("not walked:");
            foreach (var error in walkErrors)
            {
                output.WriteLine($"  {error.Path}: {error.Error}");
            }
        }
    }
}

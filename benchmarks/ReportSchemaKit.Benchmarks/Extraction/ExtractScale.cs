using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace ReportSchemaKit.Benchmarks.Extraction;

/// <summary>
/// <c>extract-scale [--count N] [--dir DIR]</c>: writes N random reports (about 10 KB, mixed layouts) into a
/// folder, then runs the real <c>reportkit extract</c> over it as a child process, twice (the second run skips
/// everything), and prints wall time, reports/s, the extracting process's peak resident memory and its largest
/// resident memory in each tenth of the run (flat where nothing grows with the count).
/// </summary>
internal static class ExtractScale
{
    /// <summary>Names the input folder, so a change to <see cref="RandomReports"/> writes new inputs rather than reusing old ones.</summary>
    private const string InputsVersion = "v2";

    public static int Run(string[] args)
    {
        var count = int.Parse(Argument(args, "--count") ?? "10000", CultureInfo.InvariantCulture);
        var root = Argument(args, "--dir") ?? Path.Combine(Path.GetTempPath(), "reportkit-extract-scale");
        var inputs = Path.Combine(root, $"reports-{InputsVersion}-{count.ToString(CultureInfo.InvariantCulture)}");
        var database = Path.Combine(root, $"reports-{count.ToString(CultureInfo.InvariantCulture)}.duckdb");
        WriteInputs(inputs, count);
        File.Delete(database);
        File.Delete(database + ".wal");

        var tool = Path.Combine(AppContext.BaseDirectory, "reportkit.dll");
        Console.WriteLine($"reportkit extract over {count:N0} reports, {Environment.ProcessorCount} cores (shared with other work: figures are upper bounds of the time)");
        foreach (var pass in new[] { "first run", "re-run (all skipped)" })
        {
            var run = ChildProcessRun.Start("dotnet", tool, "extract", inputs, "--db", database, "--no-progress");
            if (run.ExitCode != 0)
            {
                Console.Error.WriteLine(run.Output + run.Error);
                return run.ExitCode;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{pass}: {run.Elapsed.TotalSeconds:F1} s, {count / run.Elapsed.TotalSeconds:N0} reports/s, peak memory {run.PeakBytes / (1024.0 * 1024):F0} MB, database {new FileInfo(database).Length / (1024.0 * 1024):F0} MB; "
                + $"processor time {run.ProcessorTime.TotalSeconds:F1} s ({run.ProcessorTime.TotalMilliseconds / count:F2} ms a report; {run.ProcessorTime.TotalSeconds / Environment.ProcessorCount:F1} s on {Environment.ProcessorCount} cores alone)"));
            Console.WriteLine("    resident memory, largest in each tenth of the run: "
                + string.Join(", ", run.ResidentByTenth.Select(b => (b / (1024 * 1024)).ToString(CultureInfo.InvariantCulture))) + " MB");
            Console.WriteLine(string.Join(Environment.NewLine, run.Output.Split('\n').Take(6).Select(l => "    " + l.TrimEnd())));
        }

        return 0;
    }

    /// <summary>Writes the inputs once; a folder already holding them all is reused.</summary>
    private static void WriteInputs(string directory, int count)
    {
        Directory.CreateDirectory(directory);
        if (Directory.EnumerateFiles(directory).Count() == count)
        {
            Console.WriteLine($"inputs: {directory} (reused)");
            return;
        }

        long bytes = 0;
        Parallel.For(0, count, index =>
        {
            var (name, content) = RandomReports.Write(index);
            File.WriteAllBytes(Path.Combine(directory, name), content);
            System.Threading.Interlocked.Add(ref bytes, content.Length);
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"inputs: {count:N0} files, {bytes / (1024.0 * 1024):F0} MB ({bytes / count / 1024.0:F1} KB each on average) in {directory}"));
    }

    private static string? Argument(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}

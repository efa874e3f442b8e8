using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;

namespace ReportSchemaKit.Benchmarks.Extraction;

/// <summary>
/// Runs a command as a child process and measures it from outside: wall time, and peak resident memory from the
/// kernel's high-water mark (VmHWM in /proc/PID/status), and the processor time it used (user and system, from
/// /proc/PID/stat), read until the process exits. On a machine shared with other work the wall time says little;
/// the processor time divided by the cores is what the run would take on those cores alone. Resident memory
/// (VmRSS) is read too, and its largest value in each tenth of the run kept, to show whether it grows with the run.
/// </summary>
internal sealed record ChildProcessRun(int ExitCode, TimeSpan Elapsed, long PeakBytes, TimeSpan ProcessorTime, IReadOnlyList<long> ResidentByTenth, string Output, string Error)
{
    public static ChildProcessRun Start(string fileName, params string[] arguments)
    {
        var info = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start " + fileName);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long peak = 0;
        var processor = TimeSpan.Zero;
        var resident = new List<(TimeSpan At, long Bytes)>();
        var proc = $"/proc/{process.Id.ToString(CultureInfo.InvariantCulture)}";
        while (!process.HasExited)
        {
            var status = Status(proc + "/status");
            peak = Math.Max(peak, status.HighWaterMark);
            resident.Add((clock.Elapsed, status.Resident));
            processor = ReadProcessorTime(proc + "/stat") ?? processor;
            Thread.Sleep(20);
        }

        process.WaitForExit();
        clock.Stop();
        return new ChildProcessRun(process.ExitCode, clock.Elapsed, peak, processor, ByTenth(resident, clock.Elapsed), output.Result, error.Result);
    }

    /// <summary>The largest reading in each tenth of the run's time (0 for a tenth without readings).</summary>
    private static long[] ByTenth(List<(TimeSpan At, long Bytes)> readings, TimeSpan elapsed) =>
        Enumerable.Range(0, 10)
            .Select(tenth => readings
                .Where(r => Math.Min(9, (int)(10 * r.At.Ticks / Math.Max(1, elapsed.Ticks))) == tenth)
                .Select(r => r.Bytes)
                .DefaultIfEmpty(0)
                .Max())
            .ToArray();

    /// <summary>User plus system time (fields 14 and 15 of /proc/PID/stat, in clock ticks of 1/100 s), or <c>null</c> once the process is gone.</summary>
    private static TimeSpan? ReadProcessorTime(string statFile)
    {
        string text;
        try
        {
            text = File.ReadAllText(statFile);
        }
        catch (IOException)
        {
            return null;
        }

        // The command name (field 2) is in parentheses and may hold spaces; the fields after it are plain numbers.
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    /// <summary>VmHWM and VmRSS in bytes, or 0 once the process is gone.</summary>
    private static (long HighWaterMark, long Resident) Status(string statusFile)
    {
        long highWaterMark = 0, resident = 0;
        try
        {
            foreach (var line in File.ReadLines(statusFile))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    highWaterMark = Kilobytes(line) * 1024;
                }
                else if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    resident = Kilobytes(line) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process exited between HasExited and the read: the last reading stands.
        }

        return (highWaterMark, resident);
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.AsSpan(line.IndexOf(':') + 1).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
}

using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;

namespace ReportSchemaKit.Benchmarks.Extraction;

/// <summary>
/// Runs a command as a child process and measures it from outside: wall time, and peak resident memory from the
/// kernel's high-water mark (VmHWM in /proc/PID/status), read until the process exits.
/// </summary>
internal sealed record ChildProcessRun(int ExitCode, TimeSpan Elapsed, long PeakBytes, string Output, string Error)
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
        var status = $"/proc/{process.Id.ToString(CultureInfo.InvariantCulture)}/status";
        while (!process.HasExited)
        {
            peak = Math.Max(peak, HighWaterMark(status));
            Thread.Sleep(20);
        }

        process.WaitForExit();
        clock.Stop();
        return new ChildProcessRun(process.ExitCode, clock.Elapsed, peak, output.Result, error.Result);
    }

    /// <summary>VmHWM in bytes, or 0 once the process is gone.</summary>
    private static long HighWaterMark(string statusFile)
    {
        try
        {
            foreach (var line in File.ReadLines(statusFile))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process exited between HasExited and the read: the last reading stands.
        }

        return 0;
    }
}

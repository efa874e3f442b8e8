using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using ReportSchemaKit.Testing;

namespace ReportSchemaKit.Cli.Tests.Infrastructure;

/// <summary>Runs the built <c>reportkit</c> as a child process, as a user's shell would, and keeps what it printed.</summary>
internal static class Reportkit
{
    /// <summary>The tool built in the same configuration as these tests (bin/Release or bin/Debug).</summary>
    public static string ToolPath { get; } = FindTool();

    public static CliRun Run(params string[] arguments) => Run(TimeSpan.FromMinutes(3), arguments);

    public static CliRun Run(TimeSpan limit, params string[] arguments)
    {
        using var process = Start(arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"reportkit {string.Join(' ', arguments)} did not finish in {limit}");
        }

        Task.WaitAll(output, error);
        return new CliRun(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Starts the tool with redirected output; the caller reads, waits or kills.</summary>
    public static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(ToolPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Plain output: no colours or progress bar, whatever the terminal the tests run in.
        start.Environment["NO_COLOR"] = "1";
        start.Environment["TERM"] = "dumb";
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    private static string FindTool()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var path = Path.Combine(RepositoryLocation.Root, "src", "ReportSchemaKit.Cli", "bin", configuration, "net10.0", "reportkit.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"reportkit is not built at {path}; build src/ReportSchemaKit.Cli in {configuration} first");
    }
}

/// <summary>What one run of the tool returned and printed.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Everything printed, for assertion messages.</summary>
    public override string ToString() => $"exit {ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{Output}{Environment.NewLine}stderr:{Environment.NewLine}{Error}";

    /// <summary>A .NET stack trace looks like "   at Namespace.Type.Method(" on its own line; a user must never see one.</summary>
    public bool HasStackTrace =>
        System.Text.RegularExpressions.Regex.IsMatch(Output + Error, @"^\s+at [\w.`<>]+\(", System.Text.RegularExpressions.RegexOptions.Multiline)
        || (Output + Error).Contains("Unhandled exception", StringComparison.Ordinal);
}

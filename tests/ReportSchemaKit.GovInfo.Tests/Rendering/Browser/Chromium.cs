using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace ReportSchemaKit.GovInfo.Tests.Rendering.Browser;

/// <summary>Headless Chromium (Debian's <c>chromium</c> package), run once per page with a time limit.</summary>
internal static class Chromium
{
    public const string MissingReason =
        "Chromium is not installed: the HTML layout cannot be checked in a browser. Install Debian's chromium package (bash scripts/ci/install-chromium.sh).";

    private static readonly Lazy<string?> Executable = new(Find);

    /// <summary>The browser's path, or <c>null</c> where it is not installed.</summary>
    public static string? Path => Executable.Value;

    /// <summary>
    /// Loads the page, lets its scripts run, and returns the DOM as it then is; also saves a screenshot of
    /// the window. Fails the test with the browser's own output where it exits badly or takes too long.
    /// </summary>
    public static string DumpDomAndScreenshot(string pagePath, string screenshotPath, int width, int height, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException(MissingReason))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                     "--user-data-dir=" + System.IO.Path.Combine(System.IO.Path.GetDirectoryName(pagePath)!, "profile"),
                     FormattableString.Invariant($"--window-size={width},{height}"),
                     "--screenshot=" + screenshotPath,
                     "--dump-dom",
                     new Uri(pagePath).AbsoluteUri,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"Chromium did not finish within {timeout.TotalSeconds} s. Its messages:\n{errors.Result}");
        }

        Assert.True(process.ExitCode == 0, $"Chromium exited with {process.ExitCode}. Its messages:\n{errors.Result}");
        return output.Result;
    }

    private static string? Find()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("RSK_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(directory => System.IO.Path.Combine(directory, "chromium")));
        return candidates.FirstOrDefault(path => !string.IsNullOrEmpty(path) && File.Exists(path));
    }
}

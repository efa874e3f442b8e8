using System;
using Spectre.Console;

namespace ReportSchemaKit.Cli.Output;

/// <summary>Spectre.Console consoles over standard output and standard error, usable in pipes and logs as well as on a terminal.</summary>
internal static class Terminal
{
    /// <summary>Width used when output goes to a file or pipe: wide enough that table rows stay on one line.</summary>
    private const int RedirectedWidth = 240;

    /// <summary>A console writing to standard output.</summary>
    public static IAnsiConsole Out() => Create(Console.Out, Console.IsOutputRedirected);

    /// <summary>A console writing to standard error (progress, so that standard output stays the result).</summary>
    public static IAnsiConsole Error() => Create(Console.Error, Console.IsErrorRedirected);

    /// <summary>True where standard error is a terminal that can redraw a progress bar.</summary>
    public static bool ErrorIsInteractive => !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") is not (null or "dumb");

    private static IAnsiConsole Create(System.IO.TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (redirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}

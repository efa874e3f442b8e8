using System;
using System.CommandLine;
using System.IO;
using ReportSchemaKit.Cli.Input;
using ReportSchemaKit.Cli.Output;
using ReportSchemaKit.GovInfo.Json;
using ReportSchemaKit.Parsing;
using ReportSchemaKit.Rendering;

namespace ReportSchemaKit.Cli.Commands;

/// <summary><c>reportkit render FILE --to FORMAT [-o OUT]</c>: writes a report in another format.</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The report file to render" };
        var to = new Option<string>("--to")
        {
            Description = "md: Markdown tables; html: a standalone page in the official layout, broken rules highlighted; csv: long form, one line per cell; json: the typed model; text: one cell per line",
            Required = true,
            HelpName = "FORMAT",
        };
        to.AcceptOnlyFromAmong("md", "html", "csv", "json", "text");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file (whole or not at all) instead of standard output", HelpName = "OUT" };
        var version = TemplateVersionOption.Create();
        var command = new Command("render", "Render a report as Markdown, HTML, CSV, JSON or text") { file, to, output, version };
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(to)!, result.GetValue(output), result.GetValue(version)));
        return command;
    }

    private static int Run(FileInfo file, string to, FileInfo? output, string? version)
    {
        var input = ReportFile.Open(file.FullName, new ParseOptions { Version = version });
        if (input.Result?.Report is not { } report)
        {
            Console.Error.WriteLine($"reportkit: {input.Path}: {input.Error}");
            return ExitCodes.InputError;
        }

        var format = to switch
        {
            "md" => RenderFormat.Markdown,
            "html" => RenderFormat.Html,
            "csv" => RenderFormat.Csv,
            "json" => RenderFormat.Json,
            _ => RenderFormat.Text,
        };
        var options = RenderOptions.FromParseResult(input.Result) with { Json = GovInfoJson.Options, ReportName = Path.GetFileName(input.Path) };
        var text = report.Render(format, options);
        if (output is null)
        {
            Console.Out.Write(text);
            return ExitCodes.Success;
        }

        if (StandardOutput.WriteFile(output.FullName, text) is { } error)
        {
            Console.Error.WriteLine("reportkit: " + error);
            return ExitCodes.InputError;
        }

        Console.Error.WriteLine($"reportkit: wrote {output.FullName}");
        return ExitCodes.Success;
    }
}

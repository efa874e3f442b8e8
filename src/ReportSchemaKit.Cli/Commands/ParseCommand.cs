using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using ReportSchemaKit.Cli.Input;
using ReportSchemaKit.Cli.Output;
using ReportSchemaKit.Parsing;
using ReportSchemaKit.Rendering;
using ReportSchemaKit.Validation;

namespace ReportSchemaKit.Cli.Commands;

/// <summary><c>reportkit parse FILE…</c>: reads reports and prints what was found.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "Report files: text, Markdown or HTML (UTF-8, UTF-16 or GB18030); the content decides how each is read", Arity = ArgumentArity.OneOrMore };
        var version = TemplateVersionOption.Create();
        var format = new Option<string>("--format")
        {
            Description = "summary: version, layout, counts, diagnostics and broken rules; cells: one Table.Row.Column<TAB>value line per cell in schema order (empty value for a missing cell); "
                          + "json: the file, version, layout, diagnostics and the typed report (an array for several files); md: the report as Markdown tables",
            DefaultValueFactory = _ => "summary",
        };
        format.AcceptOnlyFromAmong("summary", "cells", "json", "md");
        var command = new Command("parse", "Read report files and print their tables; with several files each output is headed by a '# FILE' line") { files, version, format };
        command.SetAction(result => Run(result.GetValue(files)!, result.GetValue(version), result.GetValue(format)!));
        return command;
    }

    private static int Run(FileInfo[] files, string? version, string format)
    {
        var options = new ParseOptions { Version = version };
        var reports = files.Select(f => ReportFile.Open(f.FullName, options)).ToList();
        if (format == "json")
        {
            Console.Out.Write(ParseJson.Write(reports));
        }
        else
        {
            foreach (var file in reports)
            {
                if (files.Length > 1 || format == "summary")
                {
                    Console.Out.WriteLine("# " + file.Path);
                }

                if (file.Result?.Report is { } report)
                {
                    Console.Out.Write(format switch
                    {
                        "cells" => CellListing.Write(report),
                        "md" => report.Render(RenderFormat.Markdown, RenderOptions.FromParseResult(file.Result)),
                        _ => Summary(file.Result),
                    });
                }
                else if (format == "summary")
                {
                    Console.Out.WriteLine("  no report: " + file.Error);
                }
            }
        }

        foreach (var file in reports.Where(f => !f.HasReport))
        {
            Console.Error.WriteLine($"reportkit: {file.Path}: {file.Error}");
        }

        return reports.All(f => f.HasReport) ? ExitCodes.Success : ExitCodes.InputError;
    }

    private static string Summary(ReportParseResult result)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var cells = result.Cells;
        output.WriteLine($"  {result.Title ?? "(no title)"} — format {result.Template!.Version} ({result.VersionSource}), layout {result.Layout}, {result.EncodingName}");
        output.WriteLine($"  cells: {cells.Count(c => c.State == CellState.Value)} values, {cells.Count(c => c.State is CellState.Blank or CellState.EmptyMarker)} blank, {cells.Count(c => c.State == CellState.Missing)} missing, {cells.Count(c => c.State == CellState.Invalid)} invalid, of {cells.Count}");
        output.WriteLine($"  bound: {Bound(cells, CellBinding.Label)} by label, {Bound(cells, CellBinding.ColumnPosition)} by column position, {Bound(cells, CellBinding.Order)} by order, {Bound(cells, CellBinding.Rules)} by rules");
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity != ParseSeverity.Info))
        {
            output.WriteLine("  " + diagnostic);
        }

        var validation = result.Validate();
        output.WriteLine($"  rules: {validation.Failures.Count()} broken, {validation.NotAssessable.Count()} not assessable");
        foreach (var finding in validation.Failures)
        {
            output.WriteLine("  " + finding);
        }

        var claims = result.CheckClaims();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  claims: {claims.Claims.Count(c => c.Outcome == ClaimOutcome.Equal)} equal, {claims.Different.Count()} different, {claims.Uncertain.Count()} uncertain, {claims.Claims.Count(c => c.Outcome == ClaimOutcome.NotStated)} not stated"));
        foreach (var claim in claims.Different.Concat(claims.Uncertain))
        {
            output.WriteLine("  " + claim.ToString().ReplaceLineEndings(Environment.NewLine + "  "));
        }

        return output.ToString();
    }

    private static int Bound(IReadOnlyList<CellOrigin> cells, CellBinding binding) => cells.Count(c => c.Binding == binding);
}

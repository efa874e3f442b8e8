using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using ReportSchemaKit.GovInfo;
using ReportSchemaKit.Parsing;
using ReportSchemaKit.Rendering;
using ReportSchemaKit.Validation;

namespace ReportSchemaKit.Cli.Commands;

/// <summary><c>reportkit parse FILE…</c>: reads reports and prints what was found.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Report files: text, Markdown or HTML, UTF-8 or GB18030", Arity = ArgumentArity.OneOrMore };
        var version = new Option<string?>("--version") { Description = "Read every file on this template version (2019, 2021) instead of detecting it" };
        var format = new Option<string>("--format") { Description = "summary: version, counts and diagnostics; cells: one Table.Row.Column<TAB>value line per cell", DefaultValueFactory = _ => "summary" };
        format.AcceptOnlyFromAmong("summary", "cells");
        var command = new Command("parse", "Read report files and print their tables") { files, version, format };
        command.SetAction(result => Run(result.GetValue(files)!, result.GetValue(version), result.GetValue(format)!));
        return command;
    }

    private static int Run(FileInfo[] files, string? version, string format)
    {
        var exit = 0;
        foreach (var file in files)
        {
            if (files.Length > 1 || format == "summary")
            {
                Console.Out.WriteLine("# " + file.FullName);
            }

            if (!file.Exists)
            {
                Console.Error.WriteLine($"{file.FullName}: no such file");
                exit = 2;
                continue;
            }

            var result = ReportTemplates.Parse(File.ReadAllBytes(file.FullName), new ParseOptions { Version = version });
            if (format == "cells" && result.Report is not null)
            {
                Console.Out.Write(CellListing.Write(result.Report));
            }
            else if (format == "summary")
            {
                WriteSummary(result);
            }

            foreach (var diagnostic in result.Diagnostics.Where(d => format == "cells" && d.Severity == ParseSeverity.Error))
            {
                Console.Error.WriteLine($"{file.FullName}:{diagnostic}");
            }

            if (!result.HasReport)
            {
                exit = 2;
            }
        }

        return exit;
    }

    private static void WriteSummary(ReportParseResult result)
    {
        var output = Console.Out;
        if (result.Report is null)
        {
            output.WriteLine("  no report: " + string.Join("; ", result.Diagnostics.Select(d => d.Message)));
            return;
        }

        var cells = result.Cells;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {result.Title ?? "(no title)"} — format {result.Template!.Version} ({result.VersionSource}), layout {result.Layout}, {result.EncodingName}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  cells: {cells.Count(c => c.State == CellState.Value)} values, {cells.Count(c => c.State is CellState.Blank or CellState.EmptyMarker)} blank, {cells.Count(c => c.State == CellState.Missing)} missing, {cells.Count(c => c.State == CellState.Invalid)} invalid, of {cells.Count}"));
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity != ParseSeverity.Info))
        {
            output.WriteLine("  " + diagnostic);
        }

        var validation = result.Validate();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  rules: {validation.Failures.Count()} broken, {validation.NotAssessable.Count()} not assessable"));
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
    }
}

using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using ReportSchemaKit.Cli.Input;
using ReportSchemaKit.Cli.Output;
using ReportSchemaKit.Parsing;
using ReportSchemaKit.Validation;

namespace ReportSchemaKit.Cli.Commands;

/// <summary><c>reportkit validate FILE… [--previous FILE]</c>: checks each report's consistency rules.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "Report files to check", Arity = ArgumentArity.OneOrMore };
        var previous = new Option<FileInfo?>("--previous") { Description = "The same agency's report of the year before: also checks the cross-year rules (carried-over requests, documents in force)", HelpName = "FILE" };
        var format = new Option<string>("--format") { Description = "table: the findings as a table; json: one JSON document with every file's findings", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var all = new Option<bool>("--all") { Description = "Also list the rules that could not be checked because a cell is blank (never a failure)" };
        var version = TemplateVersionOption.Create();
        var command = new Command("validate", "Check reports against their template's consistency rules and the figures their prose states. Exit code: 0 no rule broken and no claim contradicted, 1 some rule broken or claim contradicted, 2 an input cannot be read or holds no report")
        {
            files, previous, format, all, version,
        };
        command.SetAction(result => Run(result.GetValue(files)!, result.GetValue(previous), result.GetValue(format)!, result.GetValue(all), result.GetValue(version)));
        return command;
    }

    private static int Run(FileInfo[] files, FileInfo? previousFile, string format, bool all, string? version)
    {
        var options = new ParseOptions { Version = version };
        var previous = previousFile is null ? null : ReportFile.Open(previousFile.FullName, ParseOptions.Default);
        var checkedFiles = new List<CheckedReport>();
        foreach (var file in files.Select(f => ReportFile.Open(f.FullName, options)))
        {
            var findings = file.Result is { } result ? result.Validate() : ValidationResult.Empty;
            if (file.Result is { } current && previous?.Result is { } last && current.HasReport && last.HasReport)
            {
                findings = findings.Concat(current.ValidateAcrossYears(last));
            }

            var shown = findings.Findings.Where(f => all || f.Outcome == FindingOutcome.Failed).ToList();
            var claims = file.Result is { } parsed ? parsed.CheckClaims() : ClaimCheckResult.Empty;
            checkedFiles.Add(new CheckedReport(file, shown, claims));
        }

        if (format == "json")
        {
            System.Console.Out.Write(FindingsJson.Write(checkedFiles, previous));
        }
        else
        {
            FindingsTable.Write(Terminal.Out(), checkedFiles);
        }

        var unreadable = checkedFiles.Select(c => c.File).Where(f => !f.HasReport).ToList();
        if (previous is { HasReport: false })
        {
            unreadable.Add(previous);
        }

        foreach (var file in unreadable)
        {
            System.Console.Error.WriteLine($"reportkit: {file.Path}: {file.Error}");
        }

        if (unreadable.Count > 0)
        {
            return ExitCodes.InputError;
        }

        // A report whose prose contradicts its tables has a finding as much as one whose rows do not add up.
        return checkedFiles.Any(c => c.Findings.Any(f => f.Outcome == FindingOutcome.Failed) || c.Claims.HasContradictions) ? ExitCodes.Findings : ExitCodes.Success;
    }
}

/// <summary>One file, the rule findings to show for it, and what its prose claims against its tables.</summary>
internal sealed record CheckedReport(ReportFile File, IReadOnlyList<Finding> Findings, ClaimCheckResult Claims);

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportSchemaKit.Cli.Commands;
using ReportSchemaKit.Validation;
using Spectre.Console;

namespace ReportSchemaKit.Cli.Output;

/// <summary><c>validate</c>'s table: per finding its rule, where, both sides, the difference, the cells with their source positions, and the message.</summary>
internal static class FindingsTable
{
    public static void Write(IAnsiConsole console, IReadOnlyList<CheckedReport> reports)
    {
        foreach (var report in reports)
        {
            var file = report.File;
            if (!file.HasReport)
            {
                console.WriteLine($"{file.Path}: {file.Error}");
                continue;
            }

            var result = file.Result!;
            var failed = report.Findings.Count(f => f.Outcome == FindingOutcome.Failed);
            var stated = report.Claims.Stated.ToList();
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{file.Path}: format {result.Template!.Version}, {result.Template.Rules.Count} rules, {failed} broken{(report.Findings.Count > failed ? $", {report.Findings.Count - failed} not assessable" : string.Empty)}; {stated.Count} of {report.Claims.Claims.Count} claims stated in the prose, {report.Claims.Different.Count()} contradicted"));
            WriteClaims(console, stated);
            if (report.Findings.Count == 0)
            {
                continue;
            }

            var table = new Table().Border(TableBorder.Rounded);
            foreach (var header in new[] { "severity", "rule", "where", "left", "right", "difference", "cells", "message" })
            {
                table.AddColumn(header);
            }

            foreach (var finding in report.Findings)
            {
                table.AddRow(
                    Cell(finding.Outcome == FindingOutcome.Failed ? finding.Severity.ToString().ToLowerInvariant() : "not assessable"),
                    Cell(finding.RuleId),
                    Cell(finding.Location),
                    Cell(Number(finding.Left)),
                    Cell(Number(finding.Right)),
                    Cell(Number(finding.Difference)),
                    Cell(string.Join(", ", finding.Outcome == FindingOutcome.Failed ? finding.Cells : finding.BlankCells)),
                    Cell(finding.MessageEn));
            }

            console.Write(table);
        }
    }

    /// <summary>Each claim the prose states, with each statement: its outcome, position, figure and sentence.</summary>
    private static void WriteClaims(IAnsiConsole console, List<ClaimFinding> stated)
    {
        if (stated.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in new[] { "claim", "outcome", "where", "stated", "table", "cells", "sentence" })
        {
            table.AddColumn(header);
        }

        foreach (var claim in stated)
        {
            foreach (var mention in claim.Mentions)
            {
                table.AddRow(
                    Cell(claim.ClaimId),
                    Cell(mention.Outcome.ToString().ToLowerInvariant()),
                    Cell(mention.Position?.ToString() ?? "?"),
                    Cell(mention.Number.ToString(CultureInfo.InvariantCulture)),
                    Cell(Number(claim.TableValue)),
                    Cell(string.Join(", ", claim.Cells)),
                    Cell(mention.Sentence));
            }
        }

        console.Write(table);
    }

    private static Spectre.Console.Text Cell(string text) => new(text);

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";
}

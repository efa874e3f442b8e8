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
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{file.Path}: format {result.Template!.Version}, {result.Template.Rules.Count} rules, {failed} broken{(report.Findings.Count > failed ? $", {report.Findings.Count - failed} not assessable" : string.Empty)}"));
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

    private static Spectre.Console.Text Cell(string text) => new(text);

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";
}

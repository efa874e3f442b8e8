using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ProvincialReports.Yunnan.V2021;
using ReportSchemaKit.GovInfo.V2021;
using ReportSchemaKit.Parsing;
using ReportSchemaKit.Reports;
using ReportSchemaKit.Validation;

namespace ProvincialReports;

/// <summary>
/// A consumer's own template, added by YAML alone: schemas/provincial/2021-yunnan.yaml is compiled by the
/// ReportSchemaKit.Generator package into <see cref="YunnanReport2021"/> and into this project's
/// <see cref="ReportTemplates"/>. The program reads the bundled report through those types, validates it,
/// and checks what the report is built to show. Exit code 0: as expected; 1: something was not.
/// </summary>
internal static class Program
{
    private const string ReportFile = "2023-example-town.txt";

    /// <summary>The rule the variant adds; the bundled report breaks it on purpose.</summary>
    private const string ExtraRule = "requests.online-within-new";

    /// <summary>The changes the variant's YAML declares against the official 2021 format, and nothing else.</summary>
    private static readonly string[] DeclaredChanges =
    [
        "+ row Requests.NewReceivedOnline",
        "- column Art20Item5.Decisions",
        "+ column Art20Item5.Handled",
        "+ rule " + ExtraRule,
    ];

    public static int Main()
    {
        var problems = new List<string>();
        CompareWithOfficialFormat(problems);
        ReadAndValidate(Path.Combine(AppContext.BaseDirectory, "reports", ReportFile), problems);

        Console.WriteLine();
        if (problems.Count == 0)
        {
            Console.WriteLine("OK: the provincial template was generated from YAML, and the report read and validated as expected.");
            return 0;
        }

        foreach (var problem in problems)
        {
            Console.Error.WriteLine("UNEXPECTED: " + problem);
        }

        return 1;
    }

    /// <summary>The generated descriptors of both versions differ exactly by what the YAML declares.</summary>
    private static void CompareWithOfficialFormat(List<string> problems)
    {
        var differences = TemplateComparison.Compare(GovInfoReport2021.TemplateInfo, YunnanReport2021.TemplateInfo);
        Console.WriteLine($"{YunnanReport2021.TemplateInfo} against the official {GovInfoReport2021.TemplateInfo}:");
        foreach (var difference in differences)
        {
            Console.WriteLine("  " + difference);
        }

        var found = differences.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(DeclaredChanges.Where(c => !found.Contains(c)).Select(c => "the variant should show the change: " + c));
        problems.AddRange(found.Where(c => !DeclaredChanges.Contains(c)).Select(c => "the variant shows an undeclared change: " + c));
    }

    private static void ReadAndValidate(string path, List<string> problems)
    {
        Console.WriteLine();
        var result = ReportTemplates.Parse(File.ReadAllBytes(path));
        Console.WriteLine($"{Path.GetFileName(path)}: {result.Title ?? "(no title)"} — {result.Template?.ToString() ?? "no template"}, layout {result.Layout}, {result.EncodingName}");
        foreach (var diagnostic in result.Diagnostics)
        {
            Console.WriteLine("  " + diagnostic);
        }

        problems.AddRange(result.Diagnostics.Where(d => d.Severity != ParseSeverity.Info).Select(d => "parse diagnostic: " + d));
        if (result.Report is not YunnanReport2021 report)
        {
            problems.Add($"{path} was not read as a {nameof(YunnanReport2021)}");
            return;
        }

        // Typed access: the extra row and the renamed column are ordinary properties.
        Console.WriteLine($"  Art20Item5.Licensing.Handled = {report.Art20Item5.Licensing.Handled}");
        Console.WriteLine($"  Requests.NewReceived.Total = {report.Requests.NewReceived.Total}, of which online {report.Requests.NewReceivedOnline.Total}");

        var validation = result.Validate();
        Console.WriteLine($"  {validation.Findings.Count} finding(s):");
        foreach (var finding in validation.Findings)
        {
            Console.WriteLine("    " + finding);
        }

        CheckExtraRule(report, validation, problems);
        problems.AddRange(validation.Findings.Where(f => f.RuleId != ExtraRule).Select(f => "a finding the report should not have: " + f));
    }

    /// <summary>
    /// The extra rule must fail in exactly the columns where the values read say online &gt; new, and the
    /// bundled report is built so that there is at least one.
    /// </summary>
    private static void CheckExtraRule(YunnanReport2021 report, ValidationResult validation, List<string> problems)
    {
        if (!YunnanReport2021.TemplateInfo.TryGetTable("Requests", out var requests))
        {
            throw new InvalidOperationException($"No table Requests in {YunnanReport2021.TemplateInfo}.");
        }

        var expected = requests.Columns
            .Where(column => Value(report, "NewReceivedOnline", column.Id) > Value(report, "NewReceived", column.Id))
            .Select(column => column.Id)
            .ToList();
        var fired = validation.Failures.Where(f => f.RuleId == ExtraRule).Select(f => f.Scope).ToList();

        if (expected.Count == 0)
        {
            problems.Add($"the bundled report should have more online applications than new ones in some column, to show {ExtraRule} at work");
        }

        if (!expected.SequenceEqual(fired, StringComparer.Ordinal))
        {
            problems.Add($"{ExtraRule} should fail in [{string.Join(", ", expected)}] but failed in [{string.Join(", ", fired)}]");
        }
    }

    private static decimal? Value(YunnanReport2021 report, string row, string column) =>
        report.TryGetValue($"Requests.{row}.{column}", out var value) ? value : throw new InvalidOperationException($"No cell Requests.{row}.{column} in {YunnanReport2021.TemplateInfo}.");
}

using System;
using System.IO;
using System.Linq;
using ReportSchemaKit.Parsing;
using ReportSchemaKit.Validation;

namespace ReportSchemaKit.GovInfo.Tests.Validation;

/// <summary>
/// The one agency of the corpus with two consecutive years (洪泽区 2023 and 2024, from the PDFs' text as
/// pdftotext -layout writes it): 2023 breaks review.group-total twice; between the years carry and in-force hold.
/// </summary>
public sealed class HongzeValidationTests
{
    [Fact]
    public void The_2023_report_breaks_review_group_total_in_two_rows_and_nothing_else()
    {
        var result = Parse("2023-hongze-f2021").Validate();

        var failures = result.Failures.ToList();
        Assert.Equal(
            [("Review", 0m, 11m), ("LitigationAfterReview", 0m, 5m)],
            failures.Select(f => (f.Scope, f.Left!.Value, f.Right!.Value)));
        Assert.All(failures, f =>
        {
            Assert.Equal(("review.group-total", "ReviewLitigation"), (f.RuleId, f.Table));
            Assert.All(f.Cells, c => Assert.NotNull(c.Position));
        });
        Assert.Empty(result.NotAssessable);
    }

    [Fact]
    public void The_2024_report_has_no_findings_and_follows_on_from_2023()
    {
        var previous = Parse("2023-hongze-f2021");
        var current = Parse("2024-hongze-f2021");

        Assert.Empty(current.Validate().Findings);
        Assert.Empty(current.ValidateAcrossYears(previous).Findings);
        Assert.Equal(8m, current.Report!.GetValue(current.Template!.Cells.Single(c => c.Key == "Art20Item1.NormativeDocuments.InForce").Ordinal));
    }

    private static ReportParseResult Parse(string name)
    {
        var result = ReportParser.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Corpus", "PdfText", name + ".pdftotext-layout.txt")), ReportTemplates.Catalog);
        Assert.True(result.HasReport, string.Join(Environment.NewLine, result.Diagnostics));
        return result;
    }
}

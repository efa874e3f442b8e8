using System;
using System.Linq;
using ReportSchemaKit.Templates;
using ReportSchemaKit.Validation;

namespace ReportSchemaKit.GovInfo.Tests.Validation;

/// <summary>The corpus reports break exactly the rules shared/FORMATS.md says they break, with positions.</summary>
public sealed class CorpusValidationTests
{
    private static readonly string[] ApplicantColumns = ["NaturalPerson", "Commercial", "Research", "PublicInterest", "Legal", "Other", "Total"];

    [Fact]
    public void Jinshan_fails_results_sum_in_the_NaturalPerson_and_Total_columns_and_nothing_else()
    {
        var parsed = ValidationFixtures.ParseCorpus("2023-jinshan-f2021-lines");

        var result = parsed.Validate();

        var failures = result.Failures.ToList();
        Assert.Equal(["NaturalPerson", "Total"], failures.Select(f => f.Scope));
        Assert.All(failures, failure =>
        {
            Assert.Equal("requests.results-sum", failure.RuleId);
            Assert.Equal(RuleSeverity.Error, failure.Severity);
            Assert.Equal(RuleScope.Column, failure.ScopeKind);
            Assert.Equal("Requests", failure.Table);
            Assert.Equal((1m, 0m, 1m), (failure.Left, failure.Right, failure.Difference));
            Assert.Equal("（七）总计应等于各项办理结果之和", failure.MessageZh);
            Assert.Equal("the results total must equal the sum of every result row", failure.MessageEn);

            // The total and every result row of the column, each with the value and the place the parser read it.
            Assert.Equal(1 + 21, failure.Cells.Count);
            Assert.Equal($"Requests.ResultsTotal.{failure.Scope}", failure.Cells[0].Key);
            Assert.Equal($"Requests.Disclosed.{failure.Scope}", failure.Cells[1].Key);
            Assert.Equal($"Requests.OtherMisc.{failure.Scope}", failure.Cells[^1].Key);
            Assert.All(failure.Cells, cell =>
            {
                Assert.NotNull(cell.Position);
                Assert.Equal(parsed.OriginOf(cell.Key).Position, cell.Position);
                Assert.False(cell.InPreviousReport);
            });
            Assert.Equal(1m, failure.Cells[0].Value);
            Assert.All(failure.Cells.Skip(1), cell => Assert.Equal(0m, cell.Value));
        });
        Assert.Empty(result.NotAssessable);
        Assert.Equal(2, result.Findings.Count);
        Assert.True(result.HasErrors);
    }

    [Theory]
    [InlineData("2022-qiongxiang-f2021-tabs")]
    [InlineData("2022-anpeng-f2021-pipes")]
    [InlineData("2020-puwei-f2019-lines")]
    public void The_other_complete_corpus_reports_have_no_findings(string name)
    {
        var result = ValidationFixtures.ParseCorpus(name).Validate();

        Assert.True(result.Findings.Count == 0, result.ToString());
    }

    [Fact]
    public void Tuoli_missing_cells_make_their_columns_and_rows_not_assessable_and_fail_nothing()
    {
        var parsed = ValidationFixtures.ParseCorpus("2023-tuoli-f2021-lines");

        var result = parsed.Validate();

        Assert.False(result.HasFailures, result.ToString());
        var notAssessable = result.NotAssessable.Select(f => (f.RuleId, f.Location)).ToHashSet();
        string[] missing = [
            "Requests.PartiallyDisclosed.Research",
            .. ApplicantColumns.Select(c => "Requests.OtherMisc." + c),
        ];
        (string, string)[] expected =
        [
            // （六）3.其他 is missing in every column, so no column's results can be summed.
            .. ApplicantColumns.Select(c => ("requests.results-sum", "Requests.*." + c)),
            ("requests.row-total", "Requests.PartiallyDisclosed.*"),
            ("requests.row-total", "Requests.OtherMisc.*"),
            .. missing.Select(key => ("cells.non-negative", key)),
            .. missing.Select(key => ("cells.integer", key)),
        ];
        Assert.Equal(expected.Order(), notAssessable.Order());
        Assert.Equal(expected.Length, result.Findings.Count);

        // balance reads none of the missing rows, so it is assessed, and holds, in every column.
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "requests.balance");
        var research = result.NotAssessable.Single(f => f.RuleId == "requests.results-sum" && f.Scope == "Research");
        Assert.Equal(["Requests.PartiallyDisclosed.Research", "Requests.OtherMisc.Research"], research.BlankCells.Select(c => c.Key));
        Assert.Null(research.Right);
        Assert.Equal(0m, research.Left);
        Assert.Null(research.Difference);
        Assert.Null(research.Cells.Single(c => c.Key == "Requests.OtherMisc.Research").Position);
        Assert.NotNull(research.Cells.Single(c => c.Key == "Requests.ResultsTotal.Research").Position);
    }

    [Fact]
    public void Not_assessable_findings_can_be_left_out_and_severities_overridden()
    {
        var tuoli = ValidationFixtures.ParseCorpus("2023-tuoli-f2021-lines").Validate(new ValidationOptions { IncludeNotAssessable = false });
        var jinshan = ValidationFixtures.ParseCorpus("2023-jinshan-f2021-lines").Validate(new ValidationOptions
        {
            SeverityOverrides = new System.Collections.Generic.Dictionary<string, RuleSeverity>(StringComparer.Ordinal) { ["requests.results-sum"] = RuleSeverity.Warning },
        });

        Assert.Empty(tuoli.Findings);
        Assert.Equal(2, jinshan.Failures.Count());
        Assert.All(jinshan.Failures, f => Assert.Equal(RuleSeverity.Warning, f.Severity));
        Assert.True(jinshan.HasFailures);
        Assert.False(jinshan.HasErrors);
    }

    [Fact]
    public void A_finding_reads_as_one_line_with_rule_place_sides_and_positions()
    {
        var failure = ValidationFixtures.ParseCorpus("2023-jinshan-f2021-lines").Validate().Failures.First();
        var position = failure.Cells[0].Position!.Value;

        var text = failure.ToString();

        Assert.StartsWith("error requests.results-sum at Requests.*.NaturalPerson: 1 vs 0, difference 1 (Requests.ResultsTotal.NaturalPerson=1 @" + position, text, StringComparison.Ordinal);
        Assert.EndsWith("— the results total must equal the sum of every result row", text, StringComparison.Ordinal);
    }
}

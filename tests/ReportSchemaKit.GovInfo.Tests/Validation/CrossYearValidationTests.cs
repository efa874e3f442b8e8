using System;
using System.Linq;
using ReportSchemaKit.GovInfo.V2019;
using ReportSchemaKit.GovInfo.V2021;
using ReportSchemaKit.Templates;
using ReportSchemaKit.Validation;

namespace ReportSchemaKit.GovInfo.Tests.Validation;

/// <summary>continuity.carry, continuity.in-force and continuity.items between consecutive years, also across versions.</summary>
public sealed class CrossYearValidationTests
{
    [Fact]
    public void A_2020_report_on_the_2019_format_carries_into_a_2021_report_on_the_2021_format()
    {
        var report2020 = ValidationFixtures.Zeros("2019", ("Requests.CarriedForward.Legal", 3), ("Requests.CarriedForward.Total", 3));
        var report2021 = ValidationFixtures.Zeros("2021", ("Requests.CarriedOver.Legal", 3), ("Requests.CarriedOver.Total", 3));

        var result = report2021.ValidateAcrossYears(report2020);

        Assert.False(result.HasFailures, result.ToString());
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "continuity.carry");
    }

    [Fact]
    public void A_broken_carry_across_versions_names_both_cells_and_both_values()
    {
        var zeros2019 = (GovInfoReport2019)ValidationFixtures.Zeros("2019");
        var zeros2021 = (GovInfoReport2021)ValidationFixtures.Zeros("2021");
        var report2020 = zeros2019 with { Requests = zeros2019.Requests with { CarriedForward = zeros2019.Requests.CarriedForward with { NaturalPerson = 4, Total = 4 } } };
        var report2021 = zeros2021 with { Requests = zeros2021.Requests with { CarriedOver = zeros2021.Requests.CarriedOver with { NaturalPerson = 1, Total = 4 } } };

        var failure = Assert.Single(report2021.ValidateAcrossYears(report2020).Failures);

        Assert.Equal(("continuity.carry", "Requests", "NaturalPerson"), (failure.RuleId, failure.Table, failure.Scope));
        Assert.Equal((1m, 4m, -3m), (failure.Left, failure.Right, failure.Difference));
        Assert.Equal([("Requests.CarriedOver.NaturalPerson", 1m, false), ("Requests.CarriedForward.NaturalPerson", 4m, true)], failure.Cells.Select(c => (c.Key, c.Value!.Value, c.InPreviousReport)));
        Assert.Equal(RuleSeverity.Error, failure.Severity);
    }

    [Fact]
    public void In_force_continuity_is_not_assessable_after_a_2019_report_which_has_no_InForce()
    {
        var result = ValidationFixtures.Zeros("2021").ValidateAcrossYears(ValidationFixtures.Zeros("2019"));

        Assert.False(result.HasFailures);
        var notAssessable = result.NotAssessable.ToList();
        Assert.Equal(["Rules", "NormativeDocuments"], notAssessable.Select(f => f.Scope));
        Assert.All(notAssessable, f =>
        {
            Assert.Equal("continuity.in-force", f.RuleId);
            var previous = Assert.Single(f.BlankCells);
            Assert.True(previous.InPreviousReport);
            Assert.Equal($"Art20Item1.{f.Scope}.InForce", previous.Key);
            Assert.Equal(0m, f.Left);
        });
    }

    [Fact]
    public void In_force_continuity_holds_for_5_plus_3_minus_0_and_warns_otherwise()
    {
        var lastYear = ValidationFixtures.Zeros("2021", ("Art20Item1.NormativeDocuments.InForce", 5));
        var holds = ValidationFixtures.Zeros("2021", ("Art20Item1.NormativeDocuments.Issued", 3), ("Art20Item1.NormativeDocuments.InForce", 8));
        var breaks = ValidationFixtures.Zeros("2021", ("Art20Item1.NormativeDocuments.Issued", 3), ("Art20Item1.NormativeDocuments.Repealed", 1), ("Art20Item1.NormativeDocuments.InForce", 8));

        Assert.Empty(holds.ValidateAcrossYears(lastYear).Findings);
        var failure = Assert.Single(breaks.ValidateAcrossYears(lastYear).Failures);
        Assert.Equal(("continuity.in-force", "NormativeDocuments", RuleSeverity.Warning), (failure.RuleId, failure.Scope, failure.Severity));
        Assert.Equal((8m, 7m, 1m), (failure.Left, failure.Right, failure.Difference));
        Assert.Equal(
            ["Art20Item1.NormativeDocuments.InForce", "previous.Art20Item1.NormativeDocuments.InForce", "Art20Item1.NormativeDocuments.Issued", "Art20Item1.NormativeDocuments.Repealed"],
            failure.Cells.Select(c => (c.InPreviousReport ? "previous." : string.Empty) + c.Key));
    }

    [Fact]
    public void Items_continuity_adds_last_years_signed_change_to_last_years_items()
    {
        var report2019 = ValidationFixtures.Zeros("2019", ("Art20Item5.Licensing.PriorYearItems", 10), ("Art20Item5.Licensing.Change", -3), ("Art20Item8.Fees.PriorYearItems", 2), ("Art20Item8.Fees.Change", 1));
        var holds = ValidationFixtures.Zeros("2019", ("Art20Item5.Licensing.PriorYearItems", 7), ("Art20Item8.Fees.PriorYearItems", 3));
        var breaks = ValidationFixtures.Zeros("2019", ("Art20Item5.Licensing.PriorYearItems", 7), ("Art20Item8.Fees.PriorYearItems", 2));

        Assert.Empty(holds.ValidateAcrossYears(report2019).Findings);
        var failure = Assert.Single(breaks.ValidateAcrossYears(report2019).Failures);
        Assert.Equal(("continuity.items", "Art20Item8", "Fees"), (failure.RuleId, failure.Table, failure.Scope));
        Assert.Equal((2m, 3m, -1m), (failure.Left, failure.Right, failure.Difference));
    }

    [Fact]
    public void The_2021_format_has_no_items_rule_so_a_2021_report_after_2019_checks_carry_and_in_force_only()
    {
        var rules = ValidationFixtures.Zeros("2021").ValidateAcrossYears(ValidationFixtures.Zeros("2019", ("Art20Item5.Licensing.Change", 9))).Findings.Select(f => f.RuleId).Distinct();

        Assert.Equal(["continuity.in-force"], rules);
    }

    [Fact]
    public void Parse_results_give_positions_in_both_years()
    {
        // Different agencies, but the mechanics are those of one agency's 2020 and 2023 reports: carry holds (all zero), in-force cannot be checked.
        var previous = ValidationFixtures.ParseCorpus("2020-puwei-f2019-lines");
        var current = ValidationFixtures.ParseCorpus("2023-jinshan-f2021-lines");

        var result = current.ValidateAcrossYears(previous);

        Assert.False(result.HasFailures);
        var finding = result.NotAssessable.First();
        Assert.Equal(current.OriginOf("Art20Item1.Rules.InForce").Position, finding.Cells[0].Position);
        Assert.NotNull(finding.Cells[0].Position);
        Assert.Null(finding.Cells[1].Position);
    }

    [Fact]
    public void Broken_carry_between_parse_results_points_into_last_years_source()
    {
        var previous = ValidationFixtures.ParseCorpus("2023-jinshan-f2021-lines");
        var current = ValidationFixtures.Zeros("2021", ("Requests.CarriedOver.Total", 2));

        var failure = Assert.Single(current.ValidateAcrossYears(previous.Report!, previousOrigins: previous.Cells).Failures);

        var previousCell = failure.Cells.Single(c => c.InPreviousReport);
        Assert.Equal(previous.OriginOf("Requests.CarriedForward.Total").Position, previousCell.Position);
        Assert.NotNull(previousCell.Position);
        Assert.Null(failure.Cells.Single(c => !c.InPreviousReport).Position);
    }

    [Fact]
    public void Origins_that_are_not_one_per_cell_are_refused()
    {
        var report = ValidationFixtures.Zeros("2021");

        Assert.Throws<ArgumentException>(() => report.Validate(origins: new ReportSchemaKit.Parsing.CellOrigin[3]));
        Assert.Throws<ArgumentException>(() => report.ValidateAcrossYears(ValidationFixtures.Zeros("2019"), previousOrigins: new ReportSchemaKit.Parsing.CellOrigin[GovInfoReport2021.CellCount]));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using ReportSchemaKit.Reports;
using ReportSchemaKit.Templates;
using ReportSchemaKit.Validation;

namespace ReportSchemaKit.GovInfo.Tests.Validation;

/// <summary>
/// Reports built to satisfy every rule pass; a change to any single cell of a report is caught by at
/// least one rule that can see it — its own rules, the cross-year rules against last year, and next
/// year's cross-year rules against it (so the middle of three consecutive years is the report changed).
/// </summary>
public sealed class RulePropertyTests
{
    /// <summary>
    /// Cells no rule of FORMATS.md relates to any other cell: a different valid value there is
    /// undetectable by construction. Only a negative value (cells.non-negative) or, for amounts, too
    /// many decimal places (cells.integer) is caught. The tests below check this list is exact.
    /// </summary>
    private static readonly Dictionary<string, string[]> Uncovered = new(StringComparer.Ordinal)
    {
        ["2021"] =
        [
            "Art20Item5.Licensing.Decisions", "Art20Item6.Penalty.Decisions", "Art20Item6.Coercion.Decisions", "Art20Item8.Fees.Amount",
        ],
        ["2019"] =
        [
            "Art20Item1.Rules.NewlyMade", "Art20Item1.Rules.NewlyPublished", "Art20Item1.Rules.TotalPublished",
            "Art20Item1.NormativeDocuments.NewlyMade", "Art20Item1.NormativeDocuments.NewlyPublished", "Art20Item1.NormativeDocuments.TotalPublished",
            "Art20Item5.Licensing.Decisions", "Art20Item5.OtherServices.Decisions", "Art20Item6.Penalty.Decisions", "Art20Item6.Coercion.Decisions",
            "Art20Item9.CentralizedProcurement.Projects", "Art20Item9.CentralizedProcurement.Amount",
        ],
    };

    [Theory]
    [InlineData("2021", "2021", "2021")]
    [InlineData("2019", "2019", "2019")]
    public void Reports_generated_to_satisfy_every_rule_have_no_findings(params string[] versions)
    {
        ConsistentChain.Of(versions).Sample(chain =>
        {
            foreach (var report in chain)
            {
                Assert.Empty(report.Validate().Findings);
            }

            for (var i = 1; i < chain.Count; i++)
            {
                Assert.Empty(chain[i].ValidateAcrossYears(chain[i - 1]).Findings);
            }
        });
    }

    [Fact]
    public void A_consistent_2019_then_2021_pair_passes_with_only_in_force_not_assessable()
    {
        ConsistentChain.Of("2019", "2021").Sample(chain =>
        {
            Assert.Empty(chain[0].Validate().Findings);
            Assert.Empty(chain[1].Validate().Findings);
            var across = chain[1].ValidateAcrossYears(chain[0]);
            Assert.False(across.HasFailures);
            Assert.All(across.Findings, f => Assert.Equal(("continuity.in-force", FindingOutcome.NotAssessable), (f.RuleId, f.Outcome)));
        });
    }

    [Theory]
    [InlineData("2021")]
    [InlineData("2019")]
    public void A_change_to_any_single_cell_is_caught_except_in_the_cells_no_rule_relates(string version)
    {
        var gen = Gen.Select(ConsistentChain.Of(version, version, version), Gen.Int[1, 1000]);
        gen.Sample((chain, delta) =>
        {
            var template = chain[1].Template;
            foreach (var cell in template.Cells)
            {
                var old = chain[1].GetValue(cell.Ordinal)!.Value;
                var changed = cell.Type == CellType.Decimal ? old + (delta / Pow10(cell.Column.Scale)) : old + delta;
                var failures = FailuresWithMiddle(chain, cell, changed);
                if (Uncovered[version].Contains(cell.Key))
                {
                    Assert.True(failures.Count == 0, $"{cell.Key} is listed as covered by no rule, yet {string.Join("; ", failures)}");
                }
                else
                {
                    Assert.True(failures.Count > 0, $"Changing {cell.Key} from {old} to {changed} went unnoticed");
                }
            }
        });
    }

    [Theory]
    [InlineData("2021")]
    [InlineData("2019")]
    public void In_the_cells_no_rule_relates_a_negative_value_or_an_extra_decimal_place_is_still_caught(string version)
    {
        ConsistentChain.Of(version, version, version).Sample(chain =>
        {
            foreach (var key in Uncovered[version])
            {
                Assert.True(chain[1].Template.TryGetCell(key, out var cell), key);
                var old = chain[1].GetValue(cell.Ordinal)!.Value;
                Assert.Contains(FailuresWithMiddle(chain, cell, -old - 1), f => f.RuleId == "cells.non-negative" && f.Scope == key);
                if (cell.Type == CellType.Decimal)
                {
                    Assert.Contains(FailuresWithMiddle(chain, cell, old + (1 / Pow10(cell.Column.Scale + 1))), f => f.RuleId == "cells.integer" && f.Scope == key);
                }
            }
        });
    }

    [Theory]
    [InlineData("2021")]
    [InlineData("2019")]
    public void Blanking_any_single_cell_makes_rules_not_assessable_and_fails_none(string version)
    {
        ConsistentChain.Of(version, version, version).Sample(chain =>
        {
            foreach (var cell in chain[1].Template.Cells)
            {
                var findings = FindingsWithMiddle(chain, cell, null);

                Assert.DoesNotContain(findings, f => f.Outcome == FindingOutcome.Failed);
                Assert.Contains(findings, f => f.ScopeKind == RuleScope.Cell && f.Scope == cell.Key && f.Outcome == FindingOutcome.NotAssessable);
                if (!Uncovered[version].Contains(cell.Key))
                {
                    Assert.Contains(findings, f => f.ScopeKind != RuleScope.Cell && f.BlankCells.Any(c => c.Key == cell.Key));
                }
            }
        });
    }

    [Fact]
    public void A_report_with_every_cell_blank_is_not_assessable_everywhere_and_never_throws()
    {
        foreach (var registration in ReportTemplates.Catalog.Registrations)
        {
            var blank = ValidationFixtures.Build(registration, new decimal?[registration.Template.Cells.Count]);

            var own = blank.Validate();
            var across = blank.ValidateAcrossYears(blank);

            Assert.False(own.HasFailures || across.HasFailures);
            Assert.All(own.Findings.Concat(across.Findings), f => Assert.Null(f.Difference));
            Assert.Equal(registration.Template.Rules.Where(r => !r.AcrossYears).Select(r => r.Id), own.Findings.Select(f => f.RuleId).Distinct());
            Assert.Equal(registration.Template.Rules.Where(r => r.AcrossYears).Select(r => r.Id), across.Findings.Select(f => f.RuleId).Distinct());
        }
    }

    private static List<Finding> FailuresWithMiddle(IReadOnlyList<IValidatableReport> chain, CellInfo cell, decimal? value) =>
        FindingsWithMiddle(chain, cell, value).Where(f => f.Outcome == FindingOutcome.Failed).ToList();

    /// <summary>Every finding that can see the middle report once its cell holds the value: its own rules, against last year, and next year's against it.</summary>
    private static List<Finding> FindingsWithMiddle(IReadOnlyList<IValidatableReport> chain, CellInfo cell, decimal? value)
    {
        var values = chain[1].ToValues();
        values[cell.Ordinal] = value;
        var middle = ValidationFixtures.Build(ValidationFixtures.Registration(chain[1].Template.Version), values);
        return [.. middle.Validate().Findings, .. middle.ValidateAcrossYears(chain[0]).Findings, .. chain[2].ValidateAcrossYears(middle).Findings];
    }

    private static decimal Pow10(int scale) => (decimal)Math.Pow(10, scale);
}

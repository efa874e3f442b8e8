using System;
using System.Globalization;
using System.Linq;
using CsCheck;
using ReportSchemaKit.GovInfo.V2019;
using ReportSchemaKit.GovInfo.V2021;
using ReportSchemaKit.Reports;
using ReportSchemaKit.Validation;

namespace ReportSchemaKit.GovInfo.Tests.Claims;

/// <summary>
/// Random reports with prose written from their own tables: every claim the prose states is equal; then one cell
/// behind one claim moves, and exactly the claims over that cell turn different.
/// </summary>
public sealed class GeneratedNarrativeTests
{
    [Fact]
    public void Random_2021_reports_agree_with_prose_written_from_them() => Check<GovInfoReport2021>();

    [Fact]
    public void Random_2019_reports_agree_with_prose_written_from_them() => Check<GovInfoReport2019>();

    private static void Check<T>()
        where T : class, IReport<T>
    {
        var template = T.TemplateInfo;
        Assert.NotEmpty(template.Claims);
        Gen.Select(ReportGenerators.Values(template), Gen.Int[0, template.Claims.Count - 1]).Sample(
            (values, pick) =>
            {
                var report = T.FromValues(values);
                var prose = ProseFrom(report);

                var agreed = ClaimChecker.Check(report, prose);

                foreach (var claim in agreed.Claims)
                {
                    var expected = claim.TableValue is null ? ClaimOutcome.NotStated : ClaimOutcome.Equal;
                    Assert.True(expected == claim.Outcome, $"{claim.ClaimId}: expected {expected}, got {claim}{Environment.NewLine}{prose}");
                }

                // Move one cell behind a stated claim; the prose stays as it was written.
                var moved = agreed.Claims.Where(c => c.TableValue is not null).Skip(pick).FirstOrDefault();
                if (moved is null)
                {
                    return;
                }

                var key = moved.Cells[0].Key;
                var cell = template.Cells.Single(c => c.Key == key);
                var changed = (decimal?[])values.Clone();
                changed[cell.Ordinal] += 1;

                var after = ClaimChecker.Check(T.FromValues(changed), prose);

                foreach (var claim in after.Claims)
                {
                    var before = agreed[claim.ClaimId];
                    var expected = before.Outcome == ClaimOutcome.NotStated ? ClaimOutcome.NotStated
                        : claim.Cells.Any(c => c.Key == key) ? ClaimOutcome.Different
                        : ClaimOutcome.Equal;
                    Assert.True(expected == claim.Outcome, $"{claim.ClaimId} after {key} + 1: expected {expected}, got {claim}{Environment.NewLine}{prose}");
                }
            },
            iter: 60);
    }

    /// <summary>One sentence per claim whose cells are filled, in the claim's first plain wording: 本年新收政府信息公开申请12件。</summary>
    private static string ProseFrom(IReport report)
    {
        var tableValues = ClaimChecker.Check(report, string.Empty).Claims.ToDictionary(c => c.ClaimId, c => c.TableValue);
        return string.Concat(report.Template.Claims
            .Where(claim => tableValues[claim.Id] is not null)
            .Select(claim => claim.Phrases.First(p => !p.Contains('…', StringComparison.Ordinal))
                + tableValues[claim.Id]!.Value.ToString("0.##", CultureInfo.InvariantCulture) + "件。"));
    }
}

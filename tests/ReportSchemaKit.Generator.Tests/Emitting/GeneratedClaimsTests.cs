using System;
using ReportSchemaKit.Generator.Tests.Infrastructure;

namespace ReportSchemaKit.Generator.Tests.Emitting;

/// <summary>
/// The claims generated for the minimal template, compiled and run: the value is the compiled sum, the
/// alternatives are each term alone and the same rows in the other columns, and the runtime binds the
/// template's wordings (with a gap, a zero wording and a notAfter word) in prose.
/// </summary>
public sealed class GeneratedClaimsTests
{
    private const string Probe = """
        namespace Consumer.Probe
        {
            public static class Run
            {
                public static string Claims()
                {
                    var report = new global::Consumer.TestFamily.V1.TestFamilyReport1
                    {
                        Counts = new() { First = new() { A = 1, B = 2, Total = 3 }, Second = new() { A = 4, B = 5, Total = 8 } },
                        Money = new() { Fees = new() { Amount = 5.5m } },
                        Flat = new() { Left = new() { Up = 0, Down = 0 }, Right = new() { Up = 0, Down = 0 } },
                    };
                    var prose = "共计受理项目11件，第一项2件。\n上期共计受理项目9件。\n项目总数3件。\n没有新的项目。";
                    return global::ReportSchemaKit.Validation.ClaimChecker.Check(report, prose).ToString();
                }
            }
        }
        """;

    [Fact]
    public void Claims_compare_stated_figures_with_the_compiled_values()
    {
        var lines = ProbeRunner.Run(TestTemplates.Minimal, Probe, "Claims").Split(["\r\n", "\n"], StringSplitOptions.None);

        Assert.Equal(
            [
                "different stated.total 总数 = Counts.First.Total + Counts.Second.Total = 11 (Counts.First.Total=3, Counts.Second.Total=8)",
                "  equal: 「共计受理项目11件」 @1:1 states 11; the table has 11 — 共计受理项目11件，第一项2件。",
                "  uncertain: 「项目总数3件」 @3:1 states 3; the table has 11, but 3 is Counts.First.Total alone; the sentence may mean that — 项目总数3件。",
                "  different: 「没有新的项目」 @4:1 states 0; the table has 11, difference -11 — 没有新的项目。",
                "uncertain stated.first 第一 = Counts.First.Total = 3 (Counts.First.Total=3)",
                "  uncertain: 「第一项2件」 @1:11 states 2; the table has 3, but 2 is the B column (Beta) rather than Total; the sentence may mean that — 共计受理项目11件，第一项2件。",
            ],
            lines);
    }
}

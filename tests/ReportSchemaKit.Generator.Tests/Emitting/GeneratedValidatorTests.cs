using System;
using System.Linq;
using ReportSchemaKit.Generator.Tests.Infrastructure;

namespace ReportSchemaKit.Generator.Tests.Emitting;

/// <summary>
/// The validator generated for the minimal template, compiled and run: row, column, cell, report and
/// cross-year rules give the findings their assertions say. (The official templates have no report
/// rule and no sum on the right of a minus; this exercises what only the test template has.)
/// </summary>
public sealed class GeneratedValidatorTests
{
    private const string Probe = """
        namespace Consumer.Probe
        {
            public static class Run
            {
                public static string Findings()
                {
                    var report = new global::Consumer.TestFamily.V1.TestFamilyReport1
                    {
                        Counts = new() { First = new() { A = 1, B = 2, Total = 3 }, Second = new() { A = 4, B = 5, Total = 8 } },
                        Money = new() { Fees = new() { Amount = 5.5m } },
                        Flat = new() { Left = new() { Up = 0, Down = 0 }, Right = new() { Up = -1, Down = null } },
                    };
                    var previous = report with { Counts = report.Counts with { Second = report.Counts.Second with { A = 1, B = 2, Total = 8 } } };
                    return report.Validate().ToString() + "\n--\n" + report.ValidateAcrossYears(previous).ToString();
                }
            }
        }
        """;

    [Fact]
    public void Every_kind_of_rule_reports_what_its_assertion_says()
    {
        var lines = RunProbe().Split(["\r\n", "\n"], StringSplitOptions.None);

        Assert.Equal(
            [
                "error counts.total at Counts.Second.*: 8 vs 9, difference -1 (Counts.Second.Total=8, Counts.Second.A=4, Counts.Second.B=5) — total",
                "error cells.non-negative at Flat.Right.Up: -1 vs 0, difference -1 (Flat.Right.Up=-1) — non-negative",
                "error cells.non-negative at Flat.Right.Down: not assessable (blank: Flat.Right.Down=blank) — non-negative",
                "error report.money at *: 5.5 vs 3, difference 2.5 (Money.Fees.Amount=5.5, Counts.First.Total=3) — money",
                "--",
                "error continuity.carry at Counts.*.Total: 3 vs 8, difference -5 (Counts.First.Total=3, previous.Counts.Second.Total=8) — carry",
            ],
            lines);
    }

    private static string RunProbe() => ProbeRunner.Run(TestTemplates.Minimal, Probe, "Findings");
}

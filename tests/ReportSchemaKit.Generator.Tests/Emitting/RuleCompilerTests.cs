using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ReportSchemaKit.Generator.Emitting.Rules;
using ReportSchemaKit.Generator.Parsing;
using ReportSchemaKit.Generator.Tests.Infrastructure;

namespace ReportSchemaKit.Generator.Tests.Emitting;

/// <summary>What C# each kind of rule compiles to: per column, per row, per report, per cell, across years.</summary>
public sealed class RuleCompilerTests
{
    // The minimal template's cells: Counts (rows First, Second × columns A, B, Total) are 0–5, Money.Fees.Amount is 6, Flat is 7–10.

    [Fact]
    public void A_row_rule_is_unrolled_per_row_over_the_typed_properties()
    {
        var rule = Compile(TestTemplates.Minimal, "counts.total");

        Assert.False(rule.AcrossYears);
        Assert.Equal("!=", rule.FailingOperator);
        Assert.Equal(["Counts.First.*", "Counts.Second.*"], rule.Checks.Select(c => c.Location));
        var second = rule.Checks[1];
        Assert.Equal(("\"Counts\"", "\"Second\""), (second.TableLiteral, second.ScopeLiteral));
        Assert.Equal("(decimal?)this.Counts.Second.Total", second.Left);
        Assert.Equal("(decimal?)this.Counts.Second.A + (decimal?)this.Counts.Second.B", second.Right);
        Assert.Equal(["findings.Cell(5)", "findings.Cell(3)", "findings.Cell(4)"], second.Cells);
    }

    [Fact]
    public void A_column_rule_expands_a_range_in_printed_order_and_lists_each_cell_once()
    {
        var rule = Compile(TestTemplates.Minimal, "counts.first");

        Assert.Equal("<", rule.FailingOperator);
        Assert.Equal(["Counts.*.A", "Counts.*.B", "Counts.*.Total"], rule.Checks.Select(c => c.Location));
        var total = rule.Checks[2];
        Assert.Equal("(decimal?)this.Counts.First.Total", total.Left);
        Assert.Equal("(decimal?)this.Counts.First.Total + (decimal?)this.Counts.Second.Total - (decimal?)this.Counts.Second.Total", total.Right);
        Assert.Equal(["findings.Cell(2)", "findings.Cell(5)"], total.Cells);
    }

    [Fact]
    public void A_sum_or_group_on_the_right_of_a_minus_keeps_its_parentheses()
    {
        var yaml = TestTemplates.MinimalWith("assert: First >= sum(First..Second) - Second", "assert: First - sum(First..Second) == 0 - (Second - 1.5)");

        var check = Compile(yaml, "counts.first").Checks[0];

        Assert.Equal("(decimal?)this.Counts.First.A - ((decimal?)this.Counts.First.A + (decimal?)this.Counts.Second.A)", check.Left);
        Assert.Equal("0m - ((decimal?)this.Counts.Second.A - 1.5m)", check.Right);
    }

    [Fact]
    public void A_previous_year_name_reads_last_years_report_by_key()
    {
        var rule = Compile(TestTemplates.Minimal, "continuity.carry");

        Assert.True(rule.AcrossYears);
        var check = rule.Checks[0];
        Assert.Equal("findings.Previous(\"Counts.Second.A\")", check.Right);
        Assert.Equal(["findings.Cell(0)", "findings.PreviousCell(\"Counts.Second.A\")"], check.Cells);
    }

    [Fact]
    public void A_report_rule_is_one_check_over_full_keys()
    {
        var rule = Compile(TestTemplates.Minimal, "report.money");

        var check = Assert.Single(rule.Checks);
        Assert.Equal(("null", "\"\"", ">"), (check.TableLiteral, check.ScopeLiteral, rule.FailingOperator));
        Assert.Equal("(decimal?)this.Money.Fees.Amount", check.Left);
        Assert.Equal(["findings.Cell(6)", "findings.Cell(2)"], check.Cells);
    }

    [Fact]
    public void A_cell_rule_is_a_loop_over_the_ordinals_of_its_cell_types()
    {
        var all = Compile(TestTemplates.Minimal, "cells.non-negative");
        var decimals = Compile(TestTemplates.MinimalWith("types: [count, decimal]", "types: [decimal]"), "cells.non-negative");

        Assert.True(all.IsCellRule);
        Assert.Empty(all.Checks);
        Assert.Equal(["0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,"], all.CellOrdinalLines);
        Assert.Equal(["6,"], decimals.CellOrdinalLines);
        Assert.Equal(("value", "0m", true, false), (all.Left, all.Right, all.UsesValue, all.UsesScale));
    }

    [Fact]
    public void Places_compiles_to_the_runtime_helper_and_scale_to_the_loop_local()
    {
        var yaml = TestTemplates.MinimalWith("assert: value >= 0", "assert: places(value) <= scale");

        var rule = Compile(yaml, "cells.non-negative");

        Assert.Equal("global::ReportSchemaKit.Validation.RuleMath.Places(value)", rule.Left);
        Assert.Equal("scale", rule.Right);
        Assert.True(rule.UsesScale);
    }

    [Fact]
    public void A_rule_over_several_tables_is_evaluated_in_each_with_its_own_cells()
    {
        const string yaml = """
            family: test-family
            version: "1"
            title: T
            issuedBy: O
            years: { from: 2020 }
            sections:
              - id: S
                label: S
                tables:
                  - id: Left
                    label: 左表
                    type: count
                    columns: [{ id: Items, label: 项 }, { id: Change, label: 增减, type: signed-count }]
                    rows: [{ id: One, label: 一 }]
                  - id: Right
                    label: 右表
                    type: count
                    columns: [{ id: Items, label: 项 }, { id: Change, label: 增减, type: signed-count }]
                    rows: [{ id: Two, label: 二 }, { id: Three, label: 三 }]
            rules:
              - id: continuity.items
                across: previous-year
                tables: [Left, Right]
                each: row
                assert: Items == previous.Items + previous.Change
                message: { zh: 项目, en: items }
            """;

        var rule = Compile(yaml, "continuity.items");

        Assert.Equal(["Left.One.*", "Right.Two.*", "Right.Three.*"], rule.Checks.Select(c => c.Location));
        Assert.Equal("(decimal?)this.Right.Three.Items", rule.Checks[2].Left);
        Assert.Equal("findings.Previous(\"Right.Three.Items\") + findings.Previous(\"Right.Three.Change\")", rule.Checks[2].Right);
        Assert.Equal("findings.Cell(4)", rule.Checks[2].Cells[0]);
    }

    [Theory]
    [InlineData("==", "!=")]
    [InlineData("!=", "==")]
    [InlineData("<=", ">")]
    [InlineData(">=", "<")]
    [InlineData("<", ">=")]
    [InlineData(">", "<=")]
    public void The_failing_operator_is_the_negated_comparison(string comparison, string failing) =>
        Assert.Equal(failing, RuleCompiler.Negate(comparison));

    [Fact]
    public void Method_names_come_from_rule_ids_and_stay_unique()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);

        Assert.Equal("Check_RequestsResultsSum", RuleCompiler.MethodName("requests.results-sum", taken));
        Assert.Equal("Check_RequestsResultsSum_2", RuleCompiler.MethodName("requests-results.sum", taken));
    }

    private static CompiledRule Compile(string yaml, string ruleId)
    {
        var parsed = TemplateParser.Parse("/t/test-family/1.yaml", yaml, CancellationToken.None);
        Assert.True(parsed.Spec is not null, string.Join(Environment.NewLine, parsed.Diagnostics));
        var index = parsed.Spec.Rules.Select(r => r.Id).ToList().IndexOf(ruleId);
        var rule = RuleCompiler.CompileAll(parsed.Spec)[index];
        Assert.Equal(index, rule.Index);
        return rule;
    }
}

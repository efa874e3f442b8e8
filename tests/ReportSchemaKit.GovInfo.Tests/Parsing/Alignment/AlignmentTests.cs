using System;
using System.Globalization;
using System.Linq;
using CsCheck;
using ReportSchemaKit.GovInfo.Tests.Validation;
using ReportSchemaKit.GovInfo.V2021;
using ReportSchemaKit.Parsing;
using ReportSchemaKit.Reports;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Alignment;

/// <summary>
/// Tables whose rows and values a converter moved apart: every value lands in its own cell, bound on the evidence
/// the text holds, or stays missing with a diagnostic — never in another cell.
/// </summary>
public sealed class AlignmentTests
{
    private static readonly string[] ResultRows = ["Disclosed", "PartiallyDisclosed", "WithheldStateSecret"];

    [Fact]
    public void Rows_whose_labels_stand_below_their_values_are_bound_by_order()
    {
        var cells = new LineCells(Distinct(), 2023);
        foreach (var row in cells.Requests.Rows)
        {
            cells.LabelBelowValues("Requests", row.Id);
        }

        var result = ReportTemplates.Parse(cells.Text);

        AssertSameCells(cells.Report, result);
        Assert.All(cells.Requests.Rows.SelectMany(r => cells.Requests.Columns.Select(c => result.Cells[cells.Requests.CellOrdinal(r.Index, c.Index)])),
            origin => Assert.Equal(CellBinding.Order, origin.Binding));
        Assert.Equal(cells.Requests.Rows.Count, result.Diagnostics.Count(d => d.Code == ParseCodes.LabelDisplaced));
    }

    [Fact]
    public void Labels_printed_before_a_block_of_their_values_one_per_line_leave_the_table_missing()
    {
        // One value per line after a cluster of labels, as pdftotext's reading order prints them: the values may run
        // row after row or column after column, and a label with none after it shows that the run after a label may
        // be another row's. Nothing in the table is bound, nor section 四's values one per line after it.
        var report = Distinct();
        var cells = new LineCells(report, 2023).LabelsBeforeValues("Requests", ResultRows);

        var result = ReportTemplates.Parse(cells.Text);

        foreach (var cell in GovInfoReport2021.TemplateInfo.Cells)
        {
            var unplaced = cell.Key.StartsWith("Requests.", StringComparison.Ordinal) || cell.Key.StartsWith("ReviewLitigation.", StringComparison.Ordinal);
            Assert.Equal(unplaced ? null : report.GetValue(cell.Ordinal), result.Report!.GetValue(cell.Ordinal));
        }

        var ambiguous = result.Diagnostics.Where(d => d.Code == ParseCodes.AmbiguousAlignment).Select(d => d.Message).ToList();
        Assert.Contains(ambiguous, m => m.StartsWith("Table Requests: its values stand one per line and its row labels not each before", StringComparison.Ordinal));
        Assert.Contains(ambiguous, m => m.StartsWith("Table ReviewLitigation", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_whose_blank_cells_vanished_is_missing_and_its_values_are_named()
    {
        var values = DistinctValues();
        values[Ordinal("Requests.PartiallyDisclosed.Research")] = null;
        values[Ordinal("Requests.PartiallyDisclosed.Legal")] = null;
        var cells = new LineCells(GovInfoReport2021.FromValues(values), 2023).DropBlanks("Requests", "PartiallyDisclosed");

        var result = ReportTemplates.Parse(cells.Text);

        foreach (var cell in GovInfoReport2021.TemplateInfo.Cells)
        {
            var origin = result.Cells[cell.Ordinal];
            if (cell.Key.StartsWith("Requests.PartiallyDisclosed.", StringComparison.Ordinal))
            {
                Assert.Equal(CellState.Missing, origin.State);
                Assert.Null(result.Report!.GetValue(cell.Ordinal));
            }
            else
            {
                Assert.Equal(values[cell.Ordinal], result.Report!.GetValue(cell.Ordinal));
            }
        }

        var diagnostic = ParsingFixtures.Single(result, ParseCodes.ValuesNotPlaced);
        var shown = string.Join(", ", new[] { "NaturalPerson", "Commercial", "PublicInterest", "Other", "Total" }
            .Select(c => "'" + values[Ordinal("Requests.PartiallyDisclosed." + c)]!.Value.ToString(CultureInfo.InvariantCulture) + "'"));
        Assert.EndsWith(shown, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_row_that_fits_two_unlabelled_rows_goes_where_the_rules_hold() =>
        ConsistentChain.Of("2021").Sample(
            chain =>
            {
                var report = chain.Single();
                var cells = new LineCells(report, 2023).LoseLabel("Requests", "CarriedOver").LoseRow("Requests", "Disclosed");

                var result = ReportTemplates.Parse(cells.Text);

                foreach (var column in cells.Requests.Columns)
                {
                    var key = "Requests.CarriedOver." + column.Id;
                    Assert.Equal(report.GetValue(Ordinal(key)), result.Report!.GetValue(Ordinal(key)));
                    Assert.Equal(CellBinding.Rules, result.OriginOf(key).Binding);
                    Assert.Equal(CellState.Missing, result.OriginOf("Requests.Disclosed." + column.Id).State);
                }

                ParsingFixtures.Single(result, ParseCodes.ChosenByRules);
            },
            iter: 25);

    [Fact]
    public void A_value_row_that_fits_two_unlabelled_rows_equally_under_the_rules_stays_missing()
    {
        var zeros = GovInfoReport2021.FromValues(GovInfoReport2021.TemplateInfo.Cells.Select(_ => (decimal?)0m).ToArray());
        var cells = new LineCells(zeros, 2023).LoseLabel("Requests", "CarriedOver").LoseRow("Requests", "Disclosed");

        var result = ReportTemplates.Parse(cells.Text);

        foreach (var column in cells.Requests.Columns)
        {
            Assert.Equal(CellState.Missing, result.OriginOf("Requests.CarriedOver." + column.Id).State);
            Assert.Equal(CellState.Missing, result.OriginOf("Requests.Disclosed." + column.Id).State);
            Assert.Equal(CellBinding.Label, result.OriginOf("Requests.NewReceived." + column.Id).Binding);
        }

        Assert.Contains("CarriedOver, Disclosed", ParsingFixtures.Single(result, ParseCodes.AmbiguousAlignment).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Review", "DirectLitigation", "LitigationAfterReview")]
    [InlineData("LitigationAfterReview", "Review", "DirectLitigation")]
    public void Section_four_printed_as_one_small_table_per_row_is_bound_by_each_heading(params string[] order)
    {
        var report = Distinct();
        var table = GovInfoReport2021.TemplateInfo.Tables.Single(t => t.Id == "ReviewLitigation");
        var headings = new[] { ("Review", "行政复议"), ("DirectLitigation", "行政诉讼（未经复议直接起诉）"), ("LitigationAfterReview", "行政诉讼（复议后起诉）") }.ToDictionary(p => p.Item1, p => p.Item2);
        var section = GovInfoReport2021.TemplateInfo.Sections.Single(s => s.Tables.Contains(table)).Label;
        var printed = new[] { section }.Concat(order.SelectMany(id =>
        {
            var row = table.Rows.Single(r => r.Id == id);
            return new[] { headings[id] }.Concat(table.Columns.Select(c => c.Label))
                .Concat(table.Columns.Select(c => report.GetValue(table.CellOrdinal(row.Index, c.Index))!.Value.ToString(CultureInfo.InvariantCulture)));
        }));
        var cells = new LineCells(report, 2023).ReplaceFrom(section, printed);

        var result = ReportTemplates.Parse(cells.Text);

        AssertSameCells(report, result);
        Assert.Equal(CellBinding.Label, result.OriginOf("ReviewLitigation.DirectLitigation.Total").Binding);
    }

    [Fact]
    public void Section_four_with_values_missing_from_its_line_binds_none_of_them()
    {
        var report = Distinct();
        var table = GovInfoReport2021.TemplateInfo.Tables.Single(t => t.Id == "ReviewLitigation");
        var section = GovInfoReport2021.TemplateInfo.Sections.Single(s => s.Tables.Contains(table)).Label;
        var values = table.Rows.SelectMany(r => table.Columns.Select(c => report.GetValue(table.CellOrdinal(r.Index, c.Index))!.Value.ToString(CultureInfo.InvariantCulture))).ToList();
        values.RemoveAt(6);
        var cells = new LineCells(report, 2023).ReplaceFrom(section, new[] { section, "行政复议", "行政诉讼" }.Concat(values));

        var result = ReportTemplates.Parse(cells.Text);

        Assert.All(table.Rows.SelectMany(r => table.Columns.Select(c => result.Cells[table.CellOrdinal(r.Index, c.Index)])), o => Assert.Equal(CellState.Missing, o.State));
        ParsingFixtures.Single(result, ParseCodes.ValuesNotPlaced);
    }

    [Fact]
    public void A_whole_table_read_from_its_labels_says_so_for_every_cell()
    {
        var cells = new LineCells(Distinct(), 2023);

        var result = ReportTemplates.Parse(cells.Text);

        // Section 四's fifteen values, one per line, stand in the slots its header prints.
        var review = GovInfoReport2021.TemplateInfo.Cells.Where(c => c.Key.StartsWith("ReviewLitigation.", StringComparison.Ordinal)).Select(c => c.Ordinal).ToHashSet();
        Assert.All(result.Cells.Where((c, i) => !review.Contains(i)), c => Assert.Equal(CellBinding.Label, c.Binding));
        Assert.All(result.Cells.Where((c, i) => review.Contains(i)), c => Assert.Equal(CellBinding.ColumnPosition, c.Binding));
        Assert.DoesNotContain(result.Cells, c => c.State == CellState.Missing);
    }

    /// <summary>Every cell as the report has it; a failure lists the cells that differ, with the diagnostics.</summary>
    private static void AssertSameCells(IReport expected, ReportParseResult result)
    {
        Assert.True(result.HasReport, string.Join(Environment.NewLine, result.Diagnostics));
        var differences = expected.Template.Cells
            .Where(c => expected.GetValue(c.Ordinal) != result.Report!.GetValue(c.Ordinal))
            .Select(c => $"{c.Key}: expected {expected.GetValue(c.Ordinal)}, got {result.Report!.GetValue(c.Ordinal)}")
            .ToList();
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences.Take(20).Concat(result.Diagnostics.Select(d => d.ToString()))));
    }

    private static GovInfoReport2021 Distinct() => GovInfoReport2021.FromValues(DistinctValues());

    private static decimal?[] DistinctValues() => GovInfoReport2021.TemplateInfo.Cells.Select(c => (decimal?)(c.Ordinal + 1)).ToArray();

    private static int Ordinal(string key) => ParsingFixtures.Cell(key).Ordinal;
}

using System;
using System.Linq;
using ReportSchemaKit.GovInfo.V2019;
using ReportSchemaKit.GovInfo.V2021;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.GovInfo.Tests;

/// <summary>The official templates hold exactly the canonical ids and rules of shared/FORMATS.md.</summary>
public sealed class FormatsCoverageTests
{
    private static readonly FormatsDocument Formats = FormatsDocument.Load();

    [Theory]
    [InlineData("2019")]
    [InlineData("2021")]
    public void Every_cell_key_of_FORMATS_md_and_no_other_is_in_the_template(string version)
    {
        var template = TemplateOf(version);
        var expected = Formats.CellKeys[version].Order(StringComparer.Ordinal).ToList();
        var actual = template.Cells.Select(c => c.Key).Order(StringComparer.Ordinal).ToList();

        Assert.True(expected.Count > 150, $"FORMATS.md yielded only {expected.Count} keys for {version}; the reader lost its way");
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("2019")]
    [InlineData("2021")]
    public void Every_rule_of_FORMATS_md_and_no_other_is_in_the_template(string version)
    {
        var expected = Formats.RuleIds[version].Order(StringComparer.Ordinal);
        var actual = TemplateOf(version).Rules.Select(r => r.Id).Order(StringComparer.Ordinal);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_version_specific_rows_are_where_FORMATS_md_puts_them()
    {
        Assert.True(GovInfoReport2019.TemplateInfo.TryGetCell("Requests.OtherHandling.Total", out _));
        Assert.False(GovInfoReport2021.TemplateInfo.TryGetCell("Requests.OtherHandling.Total", out _));
        Assert.True(GovInfoReport2021.TemplateInfo.TryGetCell("Requests.OtherMisc.Total", out _));
        Assert.True(GovInfoReport2019.TemplateInfo.TryGetCell("Art20Item9.CentralizedProcurement.Amount", out var amount));
        Assert.Equal(CellType.Decimal, amount.Type);
        Assert.True(GovInfoReport2021.TemplateInfo.TryGetCell("Art20Item8.Fees.Amount", out var fees));
        Assert.Equal((CellType.Decimal, 4, "万元"), (fees.Type, fees.Column.Scale, fees.Column.Unit));
        Assert.True(GovInfoReport2019.TemplateInfo.TryGetCell("Art20Item5.Licensing.Change", out var change));
        Assert.Equal(CellType.SignedCount, change.Type);
    }

    [Fact]
    public void The_label_variants_met_in_the_corpus_are_declared()
    {
        var requests = GovInfoReport2021.TemplateInfo.Tables.Single(t => t.Id == "Requests");
        Assert.Contains("规范性文件", GovInfoReport2021.TemplateInfo.Tables[0].Rows.Single(r => r.Id == "NormativeDocuments").Variants);
        Assert.Contains(requests.Rows.Single(r => r.Id == "OtherNoCorrection").Variants, v => v.Contains("不现处理", StringComparison.Ordinal));
        Assert.Contains("2.其他法律行政止公开", requests.Rows.Single(r => r.Id == "WithheldProhibitedByLaw").Variants);
        Assert.Equal(["三、本年度办理结果", "（三）不予公开"], requests.Rows.Single(r => r.Id == "WithheldStateSecret").Groups.Select(g => g.Label));
    }

    [Fact]
    public void Section_four_is_printed_as_one_row_of_fifteen_under_a_two_level_header()
    {
        var table = GovInfoReport2021.TemplateInfo.Tables.Single(t => t.Id == "ReviewLitigation");

        Assert.Equal(TableBodyLayout.SingleRow, table.Layout.Body);
        Assert.Equal(3, table.Layout.HeaderRows.Count);
        Assert.Equal(15, table.Layout.HeaderRows[0].Sum(c => c.ColSpan));
        Assert.Equal((3, 5), (table.Rows.Count, table.Columns.Count));
    }

    private static ReportTemplate TemplateOf(string version) =>
        ReportTemplates.Catalog.Find("gov-info-disclosure", version)?.Template ?? throw new InvalidOperationException("No template " + version);
}

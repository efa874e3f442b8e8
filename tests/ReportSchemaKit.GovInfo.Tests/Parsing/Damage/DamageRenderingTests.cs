using System.Linq;
using CsCheck;
using ReportSchemaKit.GovInfo.V2019;
using ReportSchemaKit.GovInfo.V2021;
using ReportSchemaKit.Layout;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>The damage generator starts from what LayoutWriter writes, and its tally sees a wrong value when there is one.</summary>
public sealed class DamageRenderingTests
{
    [Theory]
    [InlineData(StyleKind.Lines, LayoutKind.Lines, "\u00A0")]
    [InlineData(StyleKind.Tabs, LayoutKind.Tabs, "/")]
    public void Undamaged_rows_print_what_LayoutWriter_writes(StyleKind style, LayoutKind layout, string blank)
    {
        ReportGenerators.Values(GovInfoReport2021.TemplateInfo).Sample(
            values =>
            {
                var report = GovInfoReport2021.FromValues(values);
                Assert.Equal(LayoutWriter.Write(report, layout, 2022), DamageRenderer.Render(DamageDocument.Rows(report, 2022), new DamageStyle(style, blank, 0)));
            },
            iter: 20);
    }

    [Fact]
    public void A_value_moved_to_another_row_is_counted_wrong()
    {
        var values = GovInfoReport2019.TemplateInfo.Cells.Select(c => (decimal?)(c.Ordinal + 1)).ToArray();
        var report = GovInfoReport2019.FromValues(values);
        var rows = DamageDocument.Rows(report, 2020);
        var text = DamageRenderer.Render(rows, new DamageStyle(StyleKind.Tabs, "/", 0));
        var truth = values.ToArray();
        truth[0] = 999;
        var damaged = new DamagedReport(DamageClass.None, GovInfoReport2019.TemplateInfo, truth, new DamageStyle(StyleKind.Tabs, "/", 0), "none", rows, text, Enumerable.Range(0, values.Length).ToHashSet());

        var tally = new DamageTally();
        tally.Add(damaged, ReportTemplates.Parse(text));

        Assert.Equal(1, tally.Wrong);
        Assert.Equal(values.Length - 1, tally.ExactSurviving);
    }
}

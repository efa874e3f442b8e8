using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.GovInfo.V2019;
using ReportSchemaKit.GovInfo.V2021;
using ReportSchemaKit.Rendering.Layout;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.GovInfo.Tests.Rendering;

/// <summary>The official layout computed from the descriptors: the printed spans of each table.</summary>
public sealed class OfficialLayoutTests
{
    public static TheoryData<string> Versions => new("2019", "2021");

    [Theory]
    [MemberData(nameof(Versions))]
    public void Every_table_tiles_its_printed_grid_exactly_once_and_shows_every_cell_once(string version)
    {
        var template = ReportTemplates.Catalog.Find("gov-info-disclosure", version)!.Template;

        var tables = OfficialLayout.Of(template).SelectMany(s => s.Tables).ToList();

        Assert.Equal(template.Tables.Select(t => t.Id), tables.Select(t => t.Table.Id));
        foreach (var table in tables)
        {
            var rows = table.HeaderRows.Concat(table.BodyRows).ToList();
            var owner = new PrintedCell?[rows.Count, table.Width];
            for (var r = 0; r < rows.Count; r++)
            {
                foreach (var cell in rows[r])
                {
                    for (var y = r; y < r + cell.RowSpan; y++)
                    {
                        for (var x = cell.Column; x < cell.Column + cell.ColSpan; x++)
                        {
                            Assert.True(y < rows.Count && x < table.Width, $"{table.Table.Id}: '{cell.Text}' reaches outside the table");
                            Assert.True(owner[y, x] is null, $"{table.Table.Id}: '{cell.Text}' overlaps '{owner[y, x]?.Text}' at row {y}, column {x}");
                            owner[y, x] = cell;
                        }
                    }
                }
            }

            Assert.All(Enumerable.Range(0, rows.Count).SelectMany(y => Enumerable.Range(0, table.Width).Select(x => (y, x))),
                p => Assert.True(owner[p.y, p.x] is not null, $"{table.Table.Id}: row {p.y}, column {p.x} is not covered"));
            var shown = rows.SelectMany(r => r).Where(c => c.Cell is not null).Select(c => c.Cell!.Ordinal).ToList();
            Assert.Equal(Enumerable.Range(table.Table.FirstCellOrdinal, table.Table.Rows.Count * table.Table.Columns.Count), shown);
        }
    }

    [Fact]
    public void Section_four_is_printed_as_one_line_of_fifteen_numbers_under_the_declared_two_level_header()
    {
        var table = Table(GovInfoReport2021.TemplateInfo, "ReviewLitigation");

        Assert.Null(table.Title);
        Assert.Equal(0, table.LabelColumns);
        Assert.Equal(15, table.Width);
        Assert.Equal(
            [
                ["行政复议@0+5", "行政诉讼@5+10"],
                ["结果维持@0↓2", "结果纠正@1↓2", "其他结果@2↓2", "尚未审结@3↓2", "总计@4↓2", "未经复议直接起诉@5+5", "复议后起诉@10+5"],
                ["结果维持@5", "结果纠正@6", "其他结果@7", "尚未审结@8", "总计@9", "结果维持@10", "结果纠正@11", "其他结果@12", "尚未审结@13", "总计@14"],
            ],
            table.HeaderRows.Select(Describe));
        var body = Assert.Single(table.BodyRows);
        Assert.Equal(
            ["Review.Upheld", "Review.Corrected", "Review.Other", "Review.Pending", "Review.Total",
             "DirectLitigation.Upheld", "DirectLitigation.Corrected", "DirectLitigation.Other", "DirectLitigation.Pending", "DirectLitigation.Total",
             "LitigationAfterReview.Upheld", "LitigationAfterReview.Corrected", "LitigationAfterReview.Other", "LitigationAfterReview.Pending", "LitigationAfterReview.Total"],
            body.Select(c => c.Cell!.Row.Id + "." + c.Cell.Column.Id));
        Assert.Equal(Enumerable.Range(0, 15), body.Select(c => c.Column));
    }

    [Fact]
    public void The_requests_header_is_derived_from_the_column_groups_with_the_row_header_in_the_corner()
    {
        var table = Table(GovInfoReport2021.TemplateInfo, "Requests");

        Assert.Null(table.Title);
        Assert.Equal(3, table.LabelColumns);
        Assert.Equal(
            [
                ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）@0↓3+3", "申请人情况@3+7"],
                ["自然人@3↓2", "法人或其他组织@4+5", "总计@9↓2"],
                ["商业企业@4", "科研机构@5", "社会公益组织@6", "法律服务机构@7", "其他@8"],
            ],
            table.HeaderRows.Select(Describe));
        Assert.Equal(PrintedCellRole.Corner, table.HeaderRows[0][0].Role);
    }

    [Fact]
    public void Row_groups_span_their_rows_and_labels_span_the_free_label_columns()
    {
        var body = Table(GovInfoReport2021.TemplateInfo, "Requests").BodyRows;

        string[] Labels(int row) => Describe(body[row].Where(c => c.Cell is null).ToList());

        Assert.Equal(["一、本年新收政府信息公开申请数量@0+3"], Labels(0));
        Assert.Equal(["三、本年度办理结果@0↓22", "（一）予以公开@1+2"], Labels(2));
        Assert.Equal(["（二）部分公开（区分处理的，只计这一情形，不计其他情形）@1+2"], Labels(3));
        Assert.Equal(["（三）不予公开@1↓8", "1.属于国家秘密@2"], Labels(4));
        Assert.Equal(["2.其他法律行政法规禁止公开@2"], Labels(5));
        Assert.Equal(["（六）其他处理@1↓3", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请@2"], Labels(20));
        Assert.Equal(["（七）总计@1+2"], Labels(23));
        Assert.Equal(["四、结转下年度继续办理@0+3"], Labels(24));
        Assert.All(body, row => Assert.Equal(Enumerable.Range(3, 7), row.Where(c => c.Cell is not null).Select(c => c.Column)));
    }

    [Fact]
    public void A_table_whose_label_the_section_heading_does_not_say_gets_a_title_and_its_row_header_in_the_corner()
    {
        var table = Table(GovInfoReport2019.TemplateInfo, "Art20Item5");

        Assert.Equal("第二十条第（五）项", table.Title);
        Assert.Equal([["信息内容@0", "上一年项目数量@1", "本年增/减@2", "处理决定数量@3"]], table.HeaderRows.Select(Describe));
        Assert.Equal([["行政许可@0"], ["其他对外管理服务事项@0"]], table.BodyRows.Select(r => Describe(r.Where(c => c.Cell is null).ToList())));
    }

    private static PrintedTable Table(ReportTemplate template, string id) =>
        OfficialLayout.Of(template).SelectMany(s => s.Tables).Single(t => t.Table.Id == id);

    /// <summary>text@column, then ↓rows and +columns where a cell spans.</summary>
    private static string[] Describe(IReadOnlyList<PrintedCell> row) =>
        row.Select(c => c.Text + "@" + c.Column + (c.RowSpan > 1 ? "↓" + c.RowSpan : string.Empty) + (c.ColSpan > 1 ? "+" + c.ColSpan : string.Empty)).ToArray();
}

using System;
using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ReportSchemaKit.GovInfo.V2021;
using ReportSchemaKit.Rendering;

namespace ReportSchemaKit.GovInfo.Tests.Rendering;

/// <summary>The HTML page: the official layout's spans, a value cell per model cell, findings on their cells.</summary>
public sealed class HtmlRendererTests
{
    [Fact]
    public void Jinshan_page_highlights_exactly_the_cells_of_its_two_failed_findings_with_both_messages()
    {
        var (parsed, options) = RenderFixtures.JinshanWithFindings();

        using var page = new HtmlParser().ParseDocument(HtmlRenderer.Render(parsed.Report!, options));

        var values = page.QuerySelectorAll("td");
        Assert.Equal(GovInfoReport2021.CellCount, values.Length);
        Assert.Equal(GovInfoReport2021.TemplateInfo.Cells.Select(c => c.Key), values.Select(td => td.GetAttribute("data-key")));
        var expected = options.Findings.SelectMany(f => f.Cells).Select(c => c.Key).ToHashSet();
        Assert.Equal(44, expected.Count); // (七)总计 and the 21 result rows, in the NaturalPerson and the Total column
        var marked = page.QuerySelectorAll("td.rsk-finding");
        Assert.Equal(expected.Order(), marked.Select(td => td.GetAttribute("data-key")!).Order());
        Assert.All(marked, td =>
        {
            Assert.Equal(["rsk-finding", "rsk-error"], td.ClassList);
            Assert.Equal("requests.results-sum", td.GetAttribute("data-rules"));
            Assert.Contains("（七）总计应等于各项办理结果之和", td.GetAttribute("title"), StringComparison.Ordinal);
            Assert.Contains("the results total must equal the sum of every result row", td.GetAttribute("title"), StringComparison.Ordinal);
        });
        Assert.Equal("1", page.QuerySelector("td[data-key='Requests.ResultsTotal.NaturalPerson']")!.TextContent);
        Assert.Null(page.QuerySelector("td[data-key='Requests.NewReceived.NaturalPerson']")!.GetAttribute("class"));
        Assert.Equal(2, page.QuerySelectorAll(".rsk-findings li").Length);
        Assert.Equal(parsed.Title, page.Title);
    }

    [Fact]
    public void Section_four_is_one_row_of_fifteen_values_under_the_printed_header_spans()
    {
        using var page = new HtmlParser().ParseDocument(HtmlRenderer.Render(RenderFixtures.Distinct2021()));

        var table = page.QuerySelector("table[data-table='ReviewLitigation']")!;
        var rows = table.QuerySelectorAll("tr").ToList();

        Assert.Equal(4, rows.Count);
        Assert.Equal(["行政复议:1x5", "行政诉讼:1x10"], Spans(rows[0]));
        Assert.Equal(["结果维持:2x1", "结果纠正:2x1", "其他结果:2x1", "尚未审结:2x1", "总计:2x1", "未经复议直接起诉:1x5", "复议后起诉:1x5"], Spans(rows[1]));
        Assert.Equal(10, rows[2].QuerySelectorAll("th").Length);
        Assert.Equal(Enumerable.Range(186, 15).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), rows[3].QuerySelectorAll("td").Select(td => td.TextContent));
    }

    [Fact]
    public void A_blank_cell_is_an_empty_td_and_the_page_needs_nothing_beside_it()
    {
        var html = HtmlRenderer.Render(RenderFixtures.Distinct2021("Requests.PartiallyDisclosed.Research"));
        using var page = new HtmlParser().ParseDocument(html);

        Assert.Equal(string.Empty, page.QuerySelector("td[data-key='Requests.PartiallyDisclosed.Research']")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("link, script, img, [src]"));
        Assert.Contains(".rsk-error", page.QuerySelector("head style")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("政府信息公开工作年度报告（2021年格式）", page.QuerySelector("h1")!.TextContent);
        Assert.Empty(page.QuerySelectorAll(".rsk-findings"));
    }

    [Fact]
    public void Labels_are_encoded()
    {
        var table = Layout2021("Art20Item1");

        var html = HtmlRenderer.RenderTable(table, cell => "<" + cell.Key + ">");

        Assert.Contains("<td data-key=\"Art20Item1.Rules.Issued\">&lt;Art20Item1.Rules.Issued&gt;</td>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th class=\"rsk-title\" colspan=\"4\">第二十条第（一）项</th></tr>", html, StringComparison.Ordinal);
    }

    private static ReportSchemaKit.Rendering.Layout.PrintedTable Layout2021(string id) =>
        ReportSchemaKit.Rendering.Layout.OfficialLayout.Of(GovInfoReport2021.TemplateInfo).SelectMany(s => s.Tables).Single(t => t.Table.Id == id);

    private static string[] Spans(IElement row) =>
        row.QuerySelectorAll("th").Cast<AngleSharp.Html.Dom.IHtmlTableCellElement>().Select(th => $"{th.TextContent}:{th.RowSpan}x{th.ColumnSpan}").ToArray();
}

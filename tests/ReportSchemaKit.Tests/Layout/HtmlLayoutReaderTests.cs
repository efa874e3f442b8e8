using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Layout;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Tests.Layout;

public sealed class HtmlLayoutReaderTests
{
    private static readonly HtmlLayoutReader Reader = new();

    [Fact]
    public void Cells_carry_their_spans_physical_rows_and_start_tag_positions()
    {
        const string html =
            "<table>\n" +
            "<tr><td colspan=\"4\">第二十条第（一）项</td></tr>\n" +
            "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>\n" +
            "<tr><td rowspan=\"2\">三、本年度办理结果</td><td>（一）予以公开</td><td>&nbsp;0</td></tr>\n" +
            "<tr><td>（二）部分公开</td><td></td></tr>\n" +
            "</table>";

        IReadOnlyList<SourceCell> cells = Reader.Read(html);

        Assert.Equal(new SourceCell("第二十条第（一）项", new SourcePosition(2, 5), 0, ColSpan: 4), cells[0]);
        Assert.Equal(new[] { 1, 1, 1, 1 }, cells.Skip(1).Take(4).Select(c => c.Row));
        Assert.Equal(new SourceCell("三、本年度办理结果", new SourcePosition(4, 5), 2, RowSpan: 2), cells[5]);
        Assert.Equal(new SourceCell("0", new SourcePosition(4, 51), 2), cells[7]);
        Assert.Equal(new SourceCell("", new SourcePosition(5, 21), 3), cells[9]);
        Assert.Equal(10, cells.Count);
    }

    [Fact]
    public void A_label_broken_by_br_or_paragraphs_is_one_label()
    {
        IReadOnlyList<SourceCell> cells = Reader.Read(
            "<table><tr><td>商业<br>\n  企业</td><td><p>科研</p>\n<p>机构</p></td><td>本年  收费\n金额</td></tr></table>");

        Assert.Equal(new[] { "商业企业", "科研机构", "本年 收费 金额" }, cells.Select(c => c.Text));
    }

    [Fact]
    public void A_whole_page_gives_narrative_outside_tables_and_skips_script_and_style()
    {
        const string html = """
            <!DOCTYPE html>
            <html><head><title>金山镇2023年政府信息公开工作年度报告</title>
            <style>td { color: red; }</style>
            <script>var x = "<td>不是单元格</td>";</script></head>
            <body>
            <nav><a href="/">首页</a> &gt;&gt; <a href="/x">乡镇信息公开</a></nav>
            <h1>金山镇2023年政府信息公开工作年度报告</h1>
            <p>一、总体情况</p>
            <div>2023年以来，<span>金山镇</span>紧紧围绕<br>市委、市政府</div>
            <table><tr><th>行政许可</th><td>690</td></tr></table>
            尾注
            <noscript>请启用脚本</noscript>
            </body></html>
            """;

        IReadOnlyList<SourceCell> cells = Reader.Read(html);

        Assert.Equal(
            new[]
            {
                ("金山镇2023年政府信息公开工作年度报告", false),
                ("首页 >> 乡镇信息公开", false),
                ("金山镇2023年政府信息公开工作年度报告", false),
                ("一、总体情况", false),
                ("2023年以来，金山镇紧紧围绕", false),
                ("市委、市政府", false),
                ("行政许可", true),
                ("690", true),
                ("尾注", false),
            },
            cells.Select(c => (c.Text, c.InTable)));
        Assert.All(cells.Where(c => !c.InTable), c => Assert.Equal(-1, c.Row));
        Assert.Equal(new SourcePosition(2, 13), cells[0].Position);
        Assert.Equal(new SourcePosition(8, 1), cells[3].Position);
        Assert.Equal(new SourcePosition(9, 34), cells[5].Position);
        Assert.Equal(new SourcePosition(10, 12), cells[6].Position);
    }

    [Fact]
    public void A_nested_table_is_read_after_its_cell_and_a_wrapper_cell_is_not_a_cell()
    {
        const string html =
            "<table><tr><td>页眉</td></tr><tr><td>" +
            "<table><tr><td>规章</td><td>0</td></tr></table>" +
            "</td></tr><tr><td>页脚</td></tr></table>";

        IReadOnlyList<SourceCell> cells = Reader.Read(html);

        Assert.Equal(new[] { ("页眉", 0), ("规章", 2), ("0", 2), ("页脚", 3) }, cells.Select(c => (c.Text, c.Row)));
    }

    [Fact]
    public void A_cell_with_text_and_a_nested_table_keeps_its_text()
    {
        IReadOnlyList<SourceCell> cells = Reader.Read(
            "<table><tr><td>说明<table><tr><td>0</td></tr></table></td><td>后</td></tr></table>");

        Assert.Equal(new[] { ("说明", 0), ("0", 1), ("后", 0) }, cells.Select(c => (c.Text, c.Row)));
    }

    [Fact]
    public void Broken_markup_and_crlf_lines_still_give_positions_in_the_source()
    {
        IReadOnlyList<SourceCell> cells = Reader.Read("<TABLE>\r\n<TR><TD>a\r\n<TD rowspan=0 colspan=x>b\r\n</TABLE>");

        Assert.Equal(
            new[]
            {
                new SourceCell("a", new SourcePosition(2, 5), 0),
                new SourceCell("b", new SourcePosition(3, 1), 0),
            },
            cells);
    }

    [Fact]
    public void Thead_tbody_and_tfoot_rows_are_numbered_in_document_order()
    {
        IReadOnlyList<SourceCell> cells = Reader.Read(
            "<table><caption>表一</caption><thead><tr><th>h</th></tr></thead><tbody><tr><td>b</td></tr></tbody>" +
            "<tfoot><tr><td>f</td></tr></tfoot></table>");

        Assert.Equal(new[] { ("表一", -1, false), ("h", 0, true), ("b", 1, true), ("f", 2, true) }, cells.Select(c => (c.Text, c.Row, c.InTable)));
        Assert.Equal(LayoutKind.Html, Reader.Kind);
    }

    [Fact]
    public void Rows_and_cells_copied_without_their_table_are_read_as_a_table()
    {
        IReadOnlyList<SourceCell> cells = Reader.Read("<p>表</p>\n<tr><td>规章</td><td>3</td></tr>\n<tr><td>规范性文件</td><td>0</td></tr>");

        Assert.Equal(new[] { ("表", -1, false), ("规章", 0, true), ("3", 0, true), ("规范性文件", 1, true), ("0", 1, true) }, cells.Select(c => (c.Text, c.Row, c.InTable)));
    }

    [Fact]
    public void A_table_directly_inside_a_table_ends_it_and_text_in_title_or_textarea_is_not_markup()
    {
        IReadOnlyList<SourceCell> cells = Reader.Read(
            "<title>报告<td>x</td></title><table><tr><td>a</td><table><tr><td>b</td></tr></table><textarea><td>y</td></textarea>");

        Assert.Equal(new[] { ("报告<td>x</td>", -1), ("a", 0), ("b", 1), ("<td>y</td>", -1) }, cells.Select(c => (c.Text, c.Row)));
    }

    [Fact]
    public void Markup_nested_a_hundred_thousand_deep_is_read_without_recursion()
    {
        const int depth = 100_000;
        string html = string.Concat(Enumerable.Repeat("<span>", depth)) + "<table><tr><td>深</td></tr></table>" + string.Concat(Enumerable.Repeat("</span>", depth));

        IReadOnlyList<SourceCell> cells = Reader.Read(html);

        Assert.Equal(new[] { "深" }, cells.Select(c => c.Text));
    }
}

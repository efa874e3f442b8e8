using System;
using System.Linq;
using ReportSchemaKit.Rendering;

namespace ReportSchemaKit.GovInfo.Tests.Rendering;

/// <summary>The Markdown and one-cell-per-line layouts, line by line where the layout is the point.</summary>
public sealed class MarkdownAndTextRendererTests
{
    [Fact]
    public void Markdown_draws_a_table_under_its_heading_with_numbers_right_aligned_and_a_blank_as_a_dash()
    {
        var markdown = MarkdownRenderer.Render(RenderFixtures.Distinct2021("Art20Item1.NormativeDocuments.Repealed"));

        Assert.Contains(
            """
            ### 第二十条第（一）项

            | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
            |---|--:|--:|--:|
            | 规章 | 1 | 2 | 3 |
            | 行政规范性文件 | 4 | — | 6 |

            """.ReplaceLineEndings("\n"),
            markdown,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_keeps_each_spanning_caption_in_its_first_column_and_gives_row_groups_rows_of_their_own()
    {
        var lines = MarkdownRenderer.Render(RenderFixtures.Distinct2021()).Split('\n');

        var review = Array.IndexOf(lines, "## 四、政府信息公开行政复议、行政诉讼情况");
        Assert.Equal("| 行政复议 |  |  |  |  | 行政诉讼 |  |  |  |  |  |  |  |  |  |", lines[review + 2]);
        Assert.Equal("| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 |  |  |  |  | 复议后起诉 |  |  |  |  |", lines[review + 4]);
        Assert.Equal("|  |  |  |  |  | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |", lines[review + 5]);
        Assert.Equal("| " + string.Join(" | ", Enumerable.Range(186, 15)) + " |", lines[review + 6]);

        var group = Array.IndexOf(lines, "| （三）不予公开 |");
        Assert.Equal("| 1.属于国家秘密 | 39 | 40 | 41 | 42 | 43 | 44 | 45 |", lines[group + 1]);
        Assert.Equal("| 三、本年度办理结果 |", lines[group - 3]);
    }

    [Fact]
    public void Markdown_lists_failed_findings_after_the_tables()
    {
        var (parsed, options) = RenderFixtures.JinshanWithFindings();

        var markdown = MarkdownRenderer.Render(parsed.Report!, options);

        Assert.StartsWith("# " + parsed.Title + "\n", markdown, StringComparison.Ordinal);
        Assert.EndsWith(
            "## 发现的问题 Findings\n\n"
            + "- 错误 error requests.results-sum Requests.*.NaturalPerson: 1 ≠ 0, difference 1 — （七）总计应等于各项办理结果之和 / the results total must equal the sum of every result row\n"
            + "- 错误 error requests.results-sum Requests.*.Total: 1 ≠ 0, difference 1 — （七）总计应等于各项办理结果之和 / the results total must equal the sum of every result row\n",
            markdown,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Text_lists_every_printed_cell_one_per_line_in_browser_order_with_a_blank_as_a_no_break_space()
    {
        var text = TextRenderer.Render(RenderFixtures.Distinct2021("ReviewLitigation.Review.Upheld"));
        var cells = text.Split("\n\n");

        var review = Array.IndexOf(cells, "四、政府信息公开行政复议、行政诉讼情况");
        Assert.Equal(
            ["行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉",
             "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
             "\u00A0", .. Enumerable.Range(187, 14).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            cells.Skip(review + 1).Take(34));
        var requests = Array.IndexOf(cells, "三、本年度办理结果");
        Assert.Equal(["（一）予以公开", "25", "26"], cells.Skip(requests + 1).Take(3));
        Assert.Equal("政府信息公开工作年度报告（2021年格式）", cells[0]);
        Assert.EndsWith("\n\n", text, StringComparison.Ordinal);
    }
}

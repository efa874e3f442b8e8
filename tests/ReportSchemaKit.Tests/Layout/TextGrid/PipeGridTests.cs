using System.Linq;
using ReportSchemaKit.Layout;

namespace ReportSchemaKit.Tests.Layout.TextGrid;

/// <summary>Pipe tables as <c>html2text</c> pads them with underscores, and ASCII grid tables as pandoc draws them.</summary>
public sealed class PipeGridTests
{
    private static readonly TextGridReader Reader = new();

    // html2text: a border of underscores on top, cells padded with '_' to the next pipe, a row-spanning cell blank below.
    private const string Html2Text =
        " _____________________________________________\n" +
        "|一、本年新收政府信息公开申请数量____|217|1_|0_|\n" +
        "|三、本年度办理结果|（一）予以公开___|200|1_|0_|\n" +
        "|__________________|（七）总计_______|217|1_|0_|\n";

    [Fact]
    public void Underscore_padding_is_trimmed_and_an_underscore_only_cell_is_blank()
    {
        var cells = Reader.Read(Html2Text);

        Assert.Equal(
            ["一、本年新收政府信息公开申请数量", "217", "1", "0", "三、本年度办理结果", "（一）予以公开", "200", "1", "0", "", "（七）总计", "217", "1", "0"],
            cells.Select(c => c.Text));
        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2], cells.Select(c => c.Row));
        CellAssert.At(cells, 1, "217", 2, 23);
    }

    [Fact]
    public void Underscore_padded_pipes_are_detected_as_a_text_grid() =>
        Assert.Equal(LayoutKind.TextGrid, LayoutDetector.Detect("标题\n" + Html2Text));

    // pandoc -t plain with grid tables: a rule under every row, long labels broken over lines inside their cells.
    private const string PandocGrid =
        "+--------------+------+------+\n" +
        "| 第二十条第（ |      |      |\n" +
        "| 一）项       |      |      |\n" +
        "+==============+======+======+\n" +
        "| 信息内容     | 本年 | 现行 |\n" +
        "|              | 制发 | 有效 |\n" +
        "|              | 件数 | 件数 |\n" +
        "+--------------+------+------+\n" +
        "| 行政规范性文 | 3    | 15   |\n" +
        "| 件           |      |      |\n" +
        "+--------------+------+------+\n" +
        "| 1            | 0    | 2    |\n" +
        "| .属于国家秘  |      |      |\n" +
        "| 密           |      |      |\n" +
        "+--------------+------+------+\n";

    [Fact]
    public void A_grid_table_joins_the_lines_of_each_cell_between_two_rules()
    {
        var cells = Reader.Read(PandocGrid);

        Assert.Equal(
            ["第二十条第（一）项", "", "", "信息内容", "本年制发件数", "现行有效件数", "行政规范性文件", "3", "15", "1.属于国家秘密", "0", "2"],
            cells.Select(c => c.Text));
        Assert.Equal([0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3], cells.Select(c => c.Row));
        CellAssert.At(cells, 7, "3", 9, 12);
    }

    [Fact]
    public void Grid_tables_are_detected_as_a_text_grid() =>
        Assert.Equal(LayoutKind.TextGrid, LayoutDetector.Detect("标题\n\n" + PandocGrid));

    [Fact]
    public void A_group_cell_spanning_rows_in_an_ascii_grid_stays_one_cell_across_the_rules_beside_it()
    {
        // The rule under a row inside the group has one pipe and the rest corners: it is still the grid's line.
        const string text =
            "+--------+------------+----+\n" +
            "|        |1.属于国家秘|3   |\n" +
            "|（三）不|密          |    |\n" +
            "|予公开  +------------+----+\n" +
            "|        |2.其他      |4   |\n" +
            "+--------+------------+----+\n";

        var cells = Reader.Read(text);

        Assert.Equal(["（三）不予公开", "1.属于国家秘密", "3", "2.其他", "4"], cells.Select(c => c.Text));
        Assert.Equal([0, 0, 0, 1, 1], cells.Select(c => c.Row));
        Assert.Equal(2, cells[0].RowSpan);
    }

    [Fact]
    public void English_words_wrapped_in_a_cell_keep_a_space_between_them()
    {
        var cells = Reader.Read("+--------+----+\n| Total  | 5  |\n| count  |    |\n+--------+----+\n");

        Assert.Equal(["Total count", "5"], cells.Select(c => c.Text));
    }

    [Fact]
    public void A_markdown_table_without_row_rules_keeps_one_row_per_line()
    {
        var cells = Reader.Read("| 规章 | 0 | 0 |\n|---|---|---|\n| 行政规范性文件 | 3 | 4 |\n| 行政许可 0 |  |  |\n");

        Assert.Equal(["规章", "0", "0", "行政规范性文件", "3", "4", "行政许可", "0", "", ""], cells.Select(c => c.Text));
        Assert.Equal([0, 0, 0, 1, 1, 1, 2, 2, 2, 2], cells.Select(c => c.Row));
    }
}

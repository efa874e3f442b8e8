using System.Linq;
using ReportSchemaKit.Layout;

namespace ReportSchemaKit.Tests.Layout.TextGrid;

/// <summary>Lines without borders: <c>pdftotext -raw</c>, lynx dumps, labels and values in one cell.</summary>
public sealed class PlainLineGridTests
{
    private static readonly TextGridReader Reader = new();

    // pdftotext -raw: the label and its values on one line with single spaces; a long label wrapped with its values after it.
    private const string PdftotextRaw =
        "（四）无法提供\n" +
        "1.本机关不掌握相关政府信息 10 0 0 0 0 0 10\n" +
        "2.没有现成信息需要另行制作 3 0 0 0 0 0 3\n" +
        "- 4 -\n" +
        "4.无正当理由大量反复 申请 0 0 0 0 0 0 0\n" +
        "5.要求行政机关确认或重 新出具\n" +
        "已获取信息\n" +
        "0 0 0 0 0 0 0\n";

    [Fact]
    public void A_label_and_its_numbers_on_one_line_are_split_with_single_spaces()
    {
        var cells = Reader.Read(PdftotextRaw);

        Assert.Equal(["1.本机关不掌握相关政府信息", "10", "0", "0", "0", "0", "0", "10"], CellAssert.TextsFrom(cells, 1, 8));
        Assert.All(cells.Skip(1).Take(8), c => Assert.Equal(1, c.Row));
        CellAssert.At(cells, 2, "10", 2, 16);
        Assert.Equal("- 4 -", cells[CellAssert.IndexOfSingle(cells, "- 4 -")].Text);
        Assert.Equal(["4.无正当理由大量反复 申请", "0"], CellAssert.TextsFrom(cells, CellAssert.IndexOfSingle(cells, "4.无正当理由大量反复 申请"), 2));
        int wrapped = CellAssert.IndexOfSingle(cells, "5.要求行政机关确认或重 新出具");
        Assert.Equal(["5.要求行政机关确认或重 新出具", "已获取信息", "0", "0"], CellAssert.TextsFrom(cells, wrapped, 4));
    }

    [Fact]
    public void Raw_label_and_number_lines_are_detected_as_a_text_grid() =>
        Assert.Equal(LayoutKind.TextGrid, LayoutDetector.Detect("标题\n" + PdftotextRaw));

    [Theory]
    [InlineData("行政许可 0", new[] { "行政许可", "0" })]
    [InlineData("行政事业性收费 12.3456", new[] { "行政事业性收费", "12.3456" })]
    [InlineData("（二）部分公开(区分处理的) 1,295 /", new[] { "（二）部分公开(区分处理的)", "1,295", "/" })]
    [InlineData("3.危及“三安全一稳定” 0 1", new[] { "3.危及“三安全一稳定”", "0", "1" })]
    [InlineData("Total 5", new[] { "Total 5" })]
    [InlineData("2023 12", new[] { "2023", "12" })]
    [InlineData("— 5 —", new[] { "— 5 —" })]
    [InlineData("行政许可 /", new[] { "行政许可", "/" })]
    [InlineData("- -", new[] { "- -" })]
    [InlineData("共计 5件", new[] { "共计 5件" })]
    public void A_label_is_split_from_its_numbers_only_when_it_reads_as_a_label(string line, string[] expected) =>
        Assert.Equal(expected, Reader.Read(line).Select(c => c.Text));

    [Fact]
    public void A_lynx_dump_splits_at_runs_of_spaces_and_at_the_single_space_after_a_label()
    {
        var cells = Reader.Read("     规章    0      0      0\n   行政规范性文件 0      0      5\n");

        Assert.Equal(["规章", "0", "0", "0", "行政规范性文件", "0", "0", "5"], cells.Select(c => c.Text));
        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 1], cells.Select(c => c.Row));
    }

    [Fact]
    public void Tabs_end_cells_and_bare_rules_are_not_cells()
    {
        var cells = Reader.Read("  -------------- ------\n信息内容\t本年处理决定数量\n  ______\n行政许可\t690\n");

        Assert.Equal(["信息内容", "本年处理决定数量", "行政许可", "690"], cells.Select(c => c.Text));
        Assert.Equal([0, 0, 1, 1], cells.Select(c => c.Row));
    }

    [Fact]
    public void Aligned_columns_with_wide_gaps_are_still_aligned_columns() =>
        Assert.Equal(LayoutKind.AlignedColumns, LayoutDetector.Detect("规章               0          0       0\n行政规范性文件          0          5       5\n行政许可                      550\n"));
}

using System.Linq;
using ReportSchemaKit.Layout;

namespace ReportSchemaKit.Tests.Layout.TextGrid;

/// <summary>Tables drawn with box-drawing characters, as <c>w3m -dump</c> writes a bordered HTML table.</summary>
public sealed class BoxDrawingGridTests
{
    private static readonly TextGridReader Reader = new();

    // A w3m dump: wide characters take two columns, so the borders line up by width, not by character count.
    private const string W3mTable =
        "┌──────────────┬────────────┬────────────┐\n" +
        "│   信息内容   │本年制发件数│本年废止件数│\n" +
        "├──────────────┼────────────┼────────────┤\n" +
        "│     规章     │0           │0           │\n" +
        "├──────────────┼────────────┼────────────┤\n" +
        "│行政规范性文件│12          │            │\n" +
        "└──────────────┴────────────┴────────────┘\n";

    [Fact]
    public void Borders_split_cells_rules_are_not_cells_and_an_empty_cell_is_a_blank_cell()
    {
        var cells = Reader.Read(W3mTable);

        Assert.Equal(["信息内容", "本年制发件数", "本年废止件数", "规章", "0", "0", "行政规范性文件", "12", ""], cells.Select(c => c.Text));
        Assert.Equal([0, 0, 0, 1, 1, 1, 2, 2, 2], cells.Select(c => c.Row));
        CellAssert.At(cells, 4, "0", 4, 15);
        Assert.All(cells, c => Assert.True(c.InTable));
    }

    [Fact]
    public void A_label_wrapped_inside_its_cell_is_one_cell_and_cjk_joins_without_a_space()
    {
        const string text =
            "┌────────────────┬────┬────┐\n" +
            "│（二）部分公开（│0   │4   │\n" +
            "│区分处理的，只计│    │    │\n" +
            "│这一情形）      │    │    │\n" +
            "├────────────────┼────┼────┤\n" +
            "│（七）总计      │1   │2   │\n" +
            "└────────────────┴────┴────┘\n";

        var cells = Reader.Read(text);

        Assert.Equal(["（二）部分公开（区分处理的，只计这一情形）", "0", "4", "（七）总计", "1", "2"], cells.Select(c => c.Text));
        Assert.Equal([0, 0, 0, 1, 1, 1], cells.Select(c => c.Row));
        CellAssert.At(cells, 0, "（二）部分公开（区分处理的，只计这一情形）", 2, 2);
    }

    [Fact]
    public void A_rowspan_group_label_is_one_cell_in_its_first_row_wherever_its_text_sits()
    {
        // w3m prints a cell that spans rows in the middle of its span, wrapped, with no rule under it until its end.
        const string text =
            "┌──────────┬────────────────┬────┐\n" +
            "│          │1.属于国家秘密  │0   │\n" +
            "│          ├────────────────┼────┤\n" +
            "│（三）不予│2.其他法律行政  │5   │\n" +
            "│   公开   │法规禁止公开    │    │\n" +
            "│          ├────────────────┼────┤\n" +
            "│          │3.危及“三安全一稳定”│7   │\n" +
            "├──────────┼────────────────┼────┤\n" +
            "│（四）无法│1.本机关不掌握  │9   │\n" +
            "└──────────┴────────────────┴────┘\n";

        var cells = Reader.Read(text);

        Assert.Equal(
            ["（三）不予公开", "1.属于国家秘密", "0", "2.其他法律行政法规禁止公开", "5", "3.危及“三安全一稳定”", "7", "（四）无法", "1.本机关不掌握", "9"],
            cells.Select(c => c.Text));
        Assert.Equal([0, 0, 0, 1, 1, 2, 2, 3, 3, 3], cells.Select(c => c.Row));
        Assert.Equal(3, cells[0].RowSpan);
        Assert.Equal(1, cells[1].RowSpan);
    }

    [Fact]
    public void Header_cells_that_span_columns_and_rows_are_one_cell_each_in_the_order_they_open()
    {
        const string text =
            "┌────┬──────────────────┬────┐\n" +
            "│    │    申请人情况    │    │\n" +
            "│    ├──────┬───────────┤    │\n" +
            "│    │自然人│商业企业   │总计│\n" +
            "├────┼──────┼───────────┼────┤\n" +
            "│新收│1     │0          │1   │\n" +
            "└────┴──────┴───────────┴────┘\n";

        var cells = Reader.Read(text);

        Assert.Equal(["", "申请人情况", "总计", "自然人", "商业企业", "新收", "1", "0", "1"], cells.Select(c => c.Text));
        Assert.Equal(2, cells[2].RowSpan);
        Assert.Equal([0, 0, 0, 1, 1, 2, 2, 2, 2], cells.Select(c => c.Row));
    }

    [Fact]
    public void Heavy_and_double_borders_split_cells_too()
    {
        var cells = Reader.Read("╔════╦════╗\n║规章║3   ║\n╚════╩════╝\n┏━━━━┳━━━━┓\n┃许可┃5   ┃\n┗━━━━┻━━━━┛\n");

        Assert.Equal(["规章", "3", "许可", "5"], cells.Select(c => c.Text));
        Assert.Equal([0, 0, 1, 1], cells.Select(c => c.Row));
    }

    [Fact]
    public void Rules_of_box_strokes_alone_are_decoration_not_a_table() =>
        Assert.Equal(LayoutKind.Lines, LayoutDetector.Detect("标题\n━━━━━━━━\n规章\n━━━━━━━━\n0\n━━━━━━━━\n"));

    [Fact]
    public void Box_drawn_text_is_detected_as_a_text_grid() =>
        Assert.Equal(LayoutKind.TextGrid, LayoutDetector.Detect("标题\n\n" + W3mTable));
}

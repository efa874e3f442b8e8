using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Layout;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Tests.Layout;

public sealed class PipeTableReaderTests
{
    private static readonly PipeTableReader Reader = new();

    [Fact]
    public void Rows_become_cells_and_the_delimiter_row_is_not_a_cell()
    {
        IReadOnlyList<SourceCell> cells = Reader.Read("前言\n| 信息内容 | 本年制发件数 |\n|---|:---:|\n| 规章 | 0 |\n后记");

        Assert.Equal(
            new[]
            {
                new SourceCell("前言", new SourcePosition(1, 1), -1, InTable: false),
                new SourceCell("信息内容", new SourcePosition(2, 3), 0),
                new SourceCell("本年制发件数", new SourcePosition(2, 10), 0),
                new SourceCell("规章", new SourcePosition(4, 3), 1),
                new SourceCell("0", new SourcePosition(4, 8), 1),
                new SourceCell("后记", new SourcePosition(5, 1), -1, InTable: false),
            },
            cells);
    }

    [Fact]
    public void Rows_without_outer_pipes_are_read_next_to_a_delimiter_or_a_row()
    {
        IReadOnlyList<SourceCell> cells = Reader.Read("a | b\n---|---\nc | d\ne | f");

        Assert.Equal(new[] { "a", "b", "c", "d", "e", "f" }, cells.Select(c => c.Text));
        Assert.Equal(new[] { 0, 0, 1, 1, 2, 2 }, cells.Select(c => c.Row));
    }

    [Fact]
    public void Trailing_empty_pieces_are_padding_but_inner_ones_are_blank_cells()
    {
        IReadOnlyList<SourceCell> cells = Reader.Read("第二十条第(一)项 | |||\n规章 | | 0 | ||");

        Assert.Equal(new[] { "第二十条第(一)项", "规章", "", "0" }, cells.Select(c => c.Text));
        Assert.Equal(new[] { 0, 1, 1, 1 }, cells.Select(c => c.Row));
        Assert.Equal(new SourcePosition(2, 5), cells[2].Position);
    }

    [Fact]
    public void An_escaped_pipe_is_part_of_the_cell()
    {
        IReadOnlyList<SourceCell> cells = Reader.Read(@"| a \| b | c |" + "\n| d | e |");

        Assert.Equal(new[] { "a | b", "c", "d", "e" }, cells.Select(c => c.Text));
    }

    [Fact]
    public void A_row_of_padding_only_takes_no_row_number()
    {
        IReadOnlyList<SourceCell> cells = Reader.Read("| a |\n| | |\n| b |");

        Assert.Equal(new[] { ("a", 0), ("b", 1) }, cells.Select(c => (c.Text, c.Row)));
    }

    [Fact]
    public void A_prose_line_ending_in_a_pipe_is_narrative()
    {
        IReadOnlyList<SourceCell> cells = Reader.Read("2024年05月19日 星期日 |\n\n正文");

        Assert.All(cells, c => Assert.False(c.InTable));
        Assert.Equal("2024年05月19日 星期日 |", cells[0].Text);
        Assert.Equal(LayoutKind.Pipes, Reader.Kind);
    }

    [Fact]
    public void A_blank_line_ends_a_table()
    {
        IReadOnlyList<SourceCell> cells = Reader.Read("| a |\n|---|\n\nx | y");

        Assert.Equal(new[] { ("a", true), ("x | y", false) }, cells.Select(c => (c.Text, c.InTable)));
    }

    [Fact]
    public void A_cell_holding_a_label_and_its_value_is_split_in_its_row()
    {
        IReadOnlyList<SourceCell> cells = Reader.Read("| 信息内容 | 本年处理决定数量 |\n|---|---|\n| 行政许可 0 | |\n| 行政处罚 12 | |\n| Total 5 | 2023 |\n");

        Assert.Equal(["信息内容", "本年处理决定数量", "行政许可", "0", "行政处罚", "12", "Total 5", "2023"], cells.Select(c => c.Text));
        Assert.Equal([0, 0, 1, 1, 2, 2, 3, 3], cells.Select(c => c.Row));
        Assert.Equal(new SourcePosition(3, 8), cells[3].Position);
    }
}

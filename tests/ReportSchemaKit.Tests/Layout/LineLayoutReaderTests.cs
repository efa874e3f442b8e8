using System.Collections.Generic;
using ReportSchemaKit.Layout;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Tests.Layout;

public sealed class LineLayoutReaderTests
{
    private static readonly LineLayoutReader Reader = new();

    [Fact]
    public void Each_line_with_text_is_a_cell_at_its_first_character()
    {
        IReadOnlyList<SourceCell> cells = Reader.Read("行政许可\n\n  690  \n");

        Assert.Equal(
            new[]
            {
                new SourceCell("行政许可", new SourcePosition(1, 1), -1),
                new SourceCell("690", new SourcePosition(3, 3), -1),
            },
            cells);
    }

    [Fact]
    public void Crlf_and_lone_cr_end_lines()
    {
        IReadOnlyList<SourceCell> cells = Reader.Read("a\r\nb\rc\n\r\nd");

        Assert.Equal(new[] { (1, "a"), (2, "b"), (3, "c"), (5, "d") }, Map(cells));
    }

    [Fact]
    public void Space_and_tab_lines_separate_but_nbsp_lines_are_blank_cells()
    {
        IReadOnlyList<SourceCell> cells = Reader.Read("0\n  \n\t\n\u00A0\n \u3000 \n0");

        Assert.Equal(new[] { (1, "0"), (4, ""), (5, ""), (6, "0") }, Map(cells));
        Assert.Equal(new SourcePosition(5, 2), cells[2].Position);
    }

    [Fact]
    public void Padding_of_every_kind_is_trimmed_but_inner_spaces_stay()
    {
        IReadOnlyList<SourceCell> cells = Reader.Read("\u00A0\u3000本年 制发件数\u00A0\u200B");

        Assert.Equal(new SourceCell("本年 制发件数", new SourcePosition(1, 3), -1), Assert.Single(cells));
    }

    [Fact]
    public void Empty_text_has_no_cells()
    {
        Assert.Empty(Reader.Read(string.Empty));
        Assert.Equal(LayoutKind.Lines, Reader.Kind);
    }

    private static (int Line, string Text)[] Map(IReadOnlyList<SourceCell> cells)
    {
        var result = new (int, string)[cells.Count];
        for (int i = 0; i < cells.Count; i++)
        {
            result[i] = (cells[i].Position.Line, cells[i].Text);
        }

        return result;
    }
}

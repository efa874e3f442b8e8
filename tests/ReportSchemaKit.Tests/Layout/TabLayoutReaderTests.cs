using System.Collections.Generic;
using ReportSchemaKit.Layout;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Tests.Layout;

public sealed class TabLayoutReaderTests
{
    private static readonly TabLayoutReader Reader = new();

    [Fact]
    public void Leading_tabs_are_indentation_and_unindented_prose_is_narrative()
    {
        IReadOnlyList<SourceCell> cells = Reader.Read("二、主动公开\n\t\t规章\n\t\u00A00\n");

        Assert.Equal(
            new[]
            {
                new SourceCell("二、主动公开", new SourcePosition(1, 1), -1, InTable: false),
                new SourceCell("规章", new SourcePosition(2, 3), -1),
                new SourceCell("0", new SourcePosition(3, 3), -1),
            },
            cells);
    }

    [Fact]
    public void An_unindented_line_right_after_a_table_line_continues_the_table()
    {
        IReadOnlyList<SourceCell> cells = Reader.Read("\t商业\n企业\n\n正文");

        Assert.Equal(new[] { true, true, false }, InTable(cells));
        Assert.Equal(new[] { "商业", "企业", "正文" }, Texts(cells));
    }

    [Fact]
    public void Several_cells_on_a_line_make_rows_and_inner_empty_pieces_blank_cells()
    {
        IReadOnlyList<SourceCell> cells = Reader.Read("标题\n\t规章\t0\t\t0\t\n\t行政规范性文件\t 1 \n续行");

        Assert.Equal(new[] { "标题", "规章", "0", "", "0", "行政规范性文件", "1", "续行" }, Texts(cells));
        Assert.Equal(new[] { -1, 0, 0, 0, 0, 1, 1, 1 }, Rows(cells));
        Assert.Equal(new SourcePosition(2, 5), cells[2].Position);
        Assert.Equal(new SourcePosition(2, 7), cells[3].Position);
        Assert.Equal(new SourcePosition(3, 11), cells[6].Position);
    }

    [Fact]
    public void A_number_on_an_unindented_line_is_a_row_of_its_own_not_a_continuation()
    {
        // A value printed loose under a row (a lost column's （0）) must not join that row's cells.
        IReadOnlyList<SourceCell> cells = Reader.Read("\t行政强制\t0\t2\n（0）\n\t规章\t1\n续行");

        Assert.Equal(new[] { "行政强制", "0", "2", "（0）", "规章", "1", "续行" }, Texts(cells));
        Assert.Equal(new[] { 0, 0, 0, 1, 2, 2, 2 }, Rows(cells));
    }

    [Fact]
    public void A_single_character_on_an_unindented_line_is_a_row_of_its_own()
    {
        // A group label printed one character per line (无 / 法 / 提 / 供) is not the end of the row above.
        IReadOnlyList<SourceCell> cells = Reader.Read("\t3.补正后申请内容仍不明确\t\t0\n无\n法\n\t2.重复申请\t1\n申请");

        Assert.Equal(new[] { 0, 0, 0, 1, 2, 3, 3, 3 }, Rows(cells));
    }

    [Fact]
    public void Tab_only_lines_separate_and_nbsp_only_lines_are_blank_cells()
    {
        IReadOnlyList<SourceCell> cells = Reader.Read("\t0\n\t\n\t\u00A0\n\t0");

        Assert.Equal(new[] { "0", "", "0" }, Texts(cells));
        Assert.Equal(new SourcePosition(3, 2), cells[1].Position);
        Assert.Equal(LayoutKind.Tabs, Reader.Kind);
    }

    private static string[] Texts(IReadOnlyList<SourceCell> cells) => Project(cells, c => c.Text);

    private static int[] Rows(IReadOnlyList<SourceCell> cells) => Project(cells, c => c.Row);

    private static bool[] InTable(IReadOnlyList<SourceCell> cells) => Project(cells, c => c.InTable);

    private static T[] Project<T>(IReadOnlyList<SourceCell> cells, System.Func<SourceCell, T> select)
    {
        var result = new T[cells.Count];
        for (int i = 0; i < cells.Count; i++)
        {
            result[i] = select(cells[i]);
        }

        return result;
    }
}

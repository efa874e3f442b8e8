using System.Linq;
using ReportSchemaKit.Layout;

namespace ReportSchemaKit.Tests.Layout;

/// <summary>Text whose columns are aligned with spaces, as PDF converters write tables.</summary>
public sealed class AlignedColumnsReaderTests
{
    private static readonly AlignedColumnsReader Reader = new();

    [Fact]
    public void Two_or_more_spaces_end_a_cell_and_each_line_is_a_row()
    {
        var cells = Reader.Read("规章               0          0       0\n\n行政规范性文件          0          5       5\n");

        Assert.Equal(["规章", "0", "0", "0", "行政规范性文件", "0", "5", "5"], cells.Select(c => c.Text));
        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 1], cells.Select(c => c.Row));
        Assert.Equal((3, 18), (cells[5].Position.Line, cells[5].Position.Column));
    }

    [Fact]
    public void A_single_space_inside_a_wrapped_label_does_not_split_it()
    {
        var cells = Reader.Read(" 三 、本 年 度办 理 结果\n                  （二）部分公开（区分处理的，只计这一情 形，不\n");

        Assert.Equal(["三 、本 年 度办 理 结果", "（二）部分公开（区分处理的，只计这一情 形，不"], cells.Select(c => c.Text));
        Assert.Equal(2, cells[0].Position.Column);
    }

    [Fact]
    public void Numbers_separated_by_single_spaces_are_cells_of_their_own()
    {
        var cells = Reader.Read("总计  21 0 0 0\n");

        Assert.Equal(["总计", "21", "0", "0", "0"], cells.Select(c => c.Text));
        Assert.Equal([1, 5, 8, 10, 12], cells.Select(c => c.Position.Column));
    }

    [Fact]
    public void Aligned_value_columns_are_detected_and_other_layouts_are_not_taken_for_them()
    {
        const string aligned = "规章               0          0       0\n行政规范性文件          0          5       5\n行政许可                      550\n";

        Assert.Equal(LayoutKind.AlignedColumns, LayoutDetector.Detect(aligned));
        Assert.Equal(LayoutKind.Lines, LayoutDetector.Detect("日期:2024年01月12日   作者:   来源:金山镇\n\n规章\n\n0\n\n0\n"));
        Assert.Equal(LayoutKind.Lines, LayoutDetector.Detect("第一行  2023年\n第二行\n第三行\n"));
    }
}

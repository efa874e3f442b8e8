using ReportSchemaKit.Layout;

namespace ReportSchemaKit.Tests.Layout;

public sealed class LayoutDetectorTests
{
    [Theory]
    [InlineData("<table><tr><td>0</td></tr></table>")]
    [InlineData("前言\n<TD class=\"x\">0</TD>")]
    [InlineData("<!DOCTYPE html>\n<html lang=\"zh\"><body><p>正文</p></body></html>")]
    [InlineData("<Table\n border=1>")]
    public void Html_tags_mean_html(string text)
    {
        Assert.Equal(LayoutKind.Html, LayoutDetector.Detect(text));
    }

    [Theory]
    [InlineData("按照《关于印发<政府信息公开信息处理费管理办法>的通知》\n0")]
    [InlineData("<tdx> <tables> <html5>")]
    public void Angle_brackets_in_prose_are_not_html(string text)
    {
        Assert.Equal(LayoutKind.Lines, LayoutDetector.Detect(text));
    }

    [Theory]
    [InlineData("| a | b |\n|---|---|\n| 0 | 0 |")]
    [InlineData("前言\na | b |\n---|---|\n0 | 0 |\n后记")]
    public void Several_pipe_rows_mean_pipes(string text)
    {
        Assert.Equal(LayoutKind.Pipes, LayoutDetector.Detect(text));
    }

    [Fact]
    public void One_prose_line_ending_in_a_pipe_is_not_a_table()
    {
        Assert.Equal(LayoutKind.Lines, LayoutDetector.Detect("2024年05月19日 星期日 |\n\n正文 | 更多 |\n\n0"));
    }

    [Theory]
    [InlineData("标题\n\t规章\n\t0\n\t0\n")]
    [InlineData("规章\t0\t0\n行政规范性文件\t0\t0\n行政许可\t0\n")]
    public void Several_tab_lines_mean_tabs(string text)
    {
        Assert.Equal(LayoutKind.Tabs, LayoutDetector.Detect(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("行政许可\n\n690\n")]
    [InlineData("\t缩进一行\n正文\n\t再一行\n")]
    public void Anything_else_is_one_cell_per_line(string text)
    {
        Assert.Equal(LayoutKind.Lines, LayoutDetector.Detect(text));
    }
}

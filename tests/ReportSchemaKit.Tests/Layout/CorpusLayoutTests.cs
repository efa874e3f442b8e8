using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Layout;

namespace ReportSchemaKit.Tests.Layout;

/// <summary>The five text reports of the shared corpus, each through detection and its reader.</summary>
public sealed class CorpusLayoutTests
{
    [Theory]
    [InlineData(CorpusFiles.Jinshan, LayoutKind.Lines)]
    [InlineData(CorpusFiles.Tuoli, LayoutKind.Lines)]
    [InlineData(CorpusFiles.Puwei, LayoutKind.Lines)]
    [InlineData(CorpusFiles.Qiongxiang, LayoutKind.Tabs)]
    [InlineData(CorpusFiles.Anpeng, LayoutKind.Pipes)]
    public void Each_report_is_detected_as_its_layout(string file, LayoutKind expected)
    {
        Assert.Equal(expected, LayoutDetector.Detect(CorpusFiles.ReadText(file)));
    }

    [Theory]
    [InlineData(CorpusFiles.Jinshan)]
    [InlineData(CorpusFiles.Tuoli)]
    [InlineData(CorpusFiles.Puwei)]
    [InlineData(CorpusFiles.Qiongxiang)]
    [InlineData(CorpusFiles.Anpeng)]
    public void No_cell_keeps_layout_padding(string file)
    {
        foreach (SourceCell cell in LayoutReaders.Read(CorpusFiles.ReadText(file)))
        {
            Assert.Equal(cell.Text.Trim().Trim('\u00A0', '\u3000'), cell.Text);
            Assert.DoesNotContain('\t', cell.Text);
        }
    }

    [Fact]
    public void Jinshan_gives_one_cell_per_line_with_its_line_number()
    {
        IReadOnlyList<SourceCell> cells = LayoutReaders.Read(CorpusFiles.ReadText(CorpusFiles.Jinshan));

        CellAssert.At(cells, CellAssert.IndexOfSingle(cells, "本年制发件数"), "本年制发件数", 42, 1);
        int licensing = CellAssert.IndexOfSingle(cells, "行政许可");
        CellAssert.At(cells, licensing + 1, "690", 72, 1);
        int penalty = CellAssert.IndexOfSingle(cells, "行政处罚");
        CellAssert.At(cells, penalty + 1, "18", 82, 1);
        Assert.All(cells, c => Assert.Equal((-1, 1, 1, true), (c.Row, c.RowSpan, c.ColSpan, c.InTable)));
        Assert.DoesNotContain(cells, c => c.Text.Length == 0);
    }

    [Fact]
    public void Jinshan_keeps_narrative_and_page_chrome_as_cells()
    {
        IReadOnlyList<SourceCell> cells = LayoutReaders.Read(CorpusFiles.ReadText(CorpusFiles.Jinshan));

        CellAssert.At(cells, 0, "禄丰市人民政府", 1, 1);
        CellAssert.At(cells, 2, "金山镇2023年政府信息公开工作报告", 4, 1);
        CellAssert.At(cells, cells.Count - 1, "关闭", 631, 1);
    }

    [Fact]
    public void Tuoli_keeps_the_nbsp_cell_as_a_blank_cell_in_its_row()
    {
        IReadOnlyList<SourceCell> cells = LayoutReaders.Read(CorpusFiles.ReadText(CorpusFiles.Tuoli));

        int partial = CellAssert.IndexOfSingle(cells, "(二)部分公开(区分处理的,只计这一情形,不计其他情形)");

        Assert.Equal(new[] { "0", "0", "", "0", "0", "0", "0" }, CellAssert.TextsFrom(cells, partial + 1, 7));
        CellAssert.At(cells, partial + 3, "", 169, 1);
        Assert.Equal("(三)不予公开", cells[partial + 8].Text);
    }

    [Fact]
    public void Tuoli_split_header_and_prose_pipe_stay_plain_lines()
    {
        IReadOnlyList<SourceCell> cells = LayoutReaders.Read(CorpusFiles.ReadText(CorpusFiles.Tuoli));

        CellAssert.At(cells, 0, "2024年05月19日 星期日 |", 1, 1);
        int year = CellAssert.IndexOfFirst(cells, "本年");
        CellAssert.At(cells, year + 1, "制发件数", 37, 1);
        Assert.Equal("1、属于国家秘密", cells[CellAssert.IndexOfSingle(cells, "1、属于国家秘密")].Text);
    }

    [Fact]
    public void Qiongxiang_splits_broken_headers_into_fragments_and_trims_nbsp_values()
    {
        IReadOnlyList<SourceCell> cells = LayoutReaders.Read(CorpusFiles.ReadText(CorpusFiles.Qiongxiang));

        int commercial = CellAssert.IndexOfSingle(cells, "商业");
        CellAssert.At(cells, commercial, "商业", 70, 2);
        CellAssert.At(cells, commercial + 1, "企业", 71, 1);
        Assert.True(cells[commercial + 1].InTable);

        int newReceived = CellAssert.IndexOfSingle(cells, "一、本年新收政府信息公开申请数量");
        CellAssert.At(cells, newReceived + 1, "0", 80, 3);
        CellAssert.At(cells, newReceived + 2, "0", 81, 2);
        Assert.Equal(Enumerable.Repeat("0", 7), CellAssert.TextsFrom(cells, newReceived + 1, 7));
        Assert.All(cells, c => Assert.Equal(-1, c.Row));
    }

    [Fact]
    public void Qiongxiang_unindented_prose_is_narrative()
    {
        IReadOnlyList<SourceCell> cells = LayoutReaders.Read(CorpusFiles.ReadText(CorpusFiles.Qiongxiang));

        int section = CellAssert.IndexOfSingle(cells, "二、主动公开政府信息情况");
        CellAssert.At(cells, section, "二、主动公开政府信息情况", 13, 1);
        Assert.False(cells[section].InTable);
        CellAssert.At(cells, section + 1, "第二十条第（一）项", 14, 2);
        Assert.True(cells[section + 1].InTable);
        Assert.DoesNotContain(cells, c => c.Text.Length == 0);
    }

    [Fact]
    public void Anpeng_pipe_rows_become_cells_with_rows_and_columns()
    {
        IReadOnlyList<SourceCell> cells = LayoutReaders.Read(CorpusFiles.ReadText(CorpusFiles.Anpeng));

        int issued = CellAssert.IndexOfSingle(cells, "本年制发件数");
        CellAssert.At(cells, issued, "本年制发件数", 37, 8);
        Assert.Equal(cells[issued - 1].Row, cells[issued].Row);
        Assert.Equal("信息内容", cells[issued - 1].Text);

        int title = CellAssert.IndexOfSingle(cells, "第二十条第(一)项");
        Assert.NotEqual(cells[title].Row, cells[title + 1].Row);
        Assert.Equal(cells[title].Row + 1, cells[title + 1].Row);

        int fees = CellAssert.IndexOfSingle(cells, "行政事业性收费");
        CellAssert.At(cells, fees + 1, "0", 49, 11);
        CellAssert.At(cells, fees + 2, "三、收到和处理政府信息公开申请情况", 50, 1);
        Assert.False(cells[fees + 2].InTable);
        Assert.Equal(-1, cells[fees + 2].Row);
    }

    [Fact]
    public void Anpeng_section_four_header_over_two_rows_stays_one_table()
    {
        IReadOnlyList<SourceCell> cells = LayoutReaders.Read(CorpusFiles.ReadText(CorpusFiles.Anpeng));

        int review = CellAssert.IndexOfSingle(cells, "行政复议");
        int firstRow = cells[review].Row;
        SourceCell[] table = cells.Skip(review).TakeWhile(c => c.InTable).ToArray();

        Assert.Equal(new[] { 2, 7, 10, 15 }, table.GroupBy(c => c.Row).Select(g => g.Count()).ToArray());
        Assert.Equal(Enumerable.Range(firstRow, 4), table.Select(c => c.Row).Distinct());
        Assert.Equal(new[] { 81, 83, 84, 85 }, table.Select(c => c.Position.Line).Distinct());
        Assert.All(table.Where(c => c.Position.Line == 85), c => Assert.Equal("0", c.Text));
    }

    [Fact]
    public void Anpeng_narrative_is_outside_tables_and_rows_are_numbered_in_order()
    {
        IReadOnlyList<SourceCell> cells = LayoutReaders.Read(CorpusFiles.ReadText(CorpusFiles.Anpeng));

        Assert.All(cells.Where(c => !c.InTable), c => Assert.Equal(-1, c.Row));
        int[] rows = cells.Where(c => c.InTable).Select(c => c.Row).Distinct().ToArray();
        Assert.Equal(Enumerable.Range(0, rows.Length), rows);
        Assert.Equal(2, cells.Count(c => c.Text == "一、2022年工作完成情况"));
    }

    [Fact]
    public void Puwei_keeps_procurement_values_and_split_labels()
    {
        IReadOnlyList<SourceCell> cells = LayoutReaders.Read(CorpusFiles.ReadText(CorpusFiles.Puwei));

        int procurement = CellAssert.IndexOfSingle(cells, "政府集中采购");
        CellAssert.At(cells, procurement + 1, "2", 235, 1);
        CellAssert.At(cells, procurement + 2, "19210", 239, 1);

        int withheld = CellAssert.IndexOfSingle(cells, "(三)不予");
        CellAssert.At(cells, withheld + 1, "公开", 435, 1);
        CellAssert.At(cells, CellAssert.IndexOfFirst(cells, "二、主动公开政府信息情况"), "二、主动公开政府信息情况", 21, 3);
    }

    [Fact]
    public void Puwei_nbsp_lines_are_blank_cells_and_space_lines_are_separators()
    {
        IReadOnlyList<SourceCell> cells = LayoutReaders.Read(CorpusFiles.ReadText(CorpusFiles.Puwei));

        int content = CellAssert.IndexOfFirst(cells, "信息内容");
        Assert.Equal(
            new[] { "信息内容", "", "本年新制作数量", "", "本年新公开数量", "", "对外公开总数量", "规章", "0", "0", "0" },
            CellAssert.TextsFrom(cells, content, 11));
        CellAssert.At(cells, content + 1, "", 33, 1);
    }
}

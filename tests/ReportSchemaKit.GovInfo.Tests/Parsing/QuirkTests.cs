using System;
using System.Linq;
using System.Text;
using ReportSchemaKit.GovInfo.V2019;
using ReportSchemaKit.GovInfo.V2021;
using ReportSchemaKit.Layout;
using ReportSchemaKit.Parsing;
using ReportSchemaKit.Text;
using static ReportSchemaKit.GovInfo.Tests.Parsing.ParsingFixtures;

namespace ReportSchemaKit.GovInfo.Tests.Parsing;

/// <summary>Each class of quirk real reports show, on an input made to show it.</summary>
public sealed class QuirkTests
{
    [Fact]
    public void Tuoli_reports_its_blank_cell_and_missing_row_where_they_are()
    {
        var result = ReportTemplates.Parse(CorpusBytes("2023-tuoli-f2021-lines"));

        var blank = Single(result, ParseCodes.BlankCell);
        Assert.Equal(("Requests.PartiallyDisclosed.Research", new SourcePosition(169, 1)), (blank.CellKey, blank.Position));
        Assert.Equal(CellState.Blank, result.OriginOf("Requests.PartiallyDisclosed.Research").State);
        Assert.StartsWith("Row 3.其他 of table Requests was not found", Single(result, ParseCodes.RowNotFound).Message, StringComparison.Ordinal);
        Assert.Equal(CellState.Missing, result.OriginOf("Requests.OtherMisc.Total").State);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == ParseCodes.VariantLabel));
    }

    [Fact]
    public void A_gb18030_file_parses_as_its_utf8_twin()
    {
        var text = CorpusText("2023-jinshan-f2021-lines");
        var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!.GetBytes(text);

        var fromGb = ReportTemplates.Parse(gb18030);
        var fromUtf8 = ReportTemplates.Parse(Encoding.UTF8.GetBytes(text));

        Assert.Equal("gb18030", fromGb.EncodingName, ignoreCase: true);
        Assert.Equal(fromUtf8.Report, fromGb.Report);
        Assert.Equal(fromUtf8.Diagnostics, fromGb.Diagnostics);
    }

    [Fact]
    public void A_row_whose_label_was_lost_is_bound_by_position_with_a_warning()
    {
        var (report, text) = Distinct2021Lines();
        var withoutLabel = ReplaceLine(text, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", string.Empty);

        var result = ReportTemplates.Parse(withoutLabel);

        Assert.Equal(report, result.Report);
        var diagnostic = Single(result, ParseCodes.RowBoundByPosition);
        Assert.Equal(ParseSeverity.Warning, diagnostic.Severity);
        Assert.Contains("（二）部分公开", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_broken_over_cells_are_joined()
    {
        var (report, text) = Distinct2021Lines();
        var broken = ReplaceLine(text, "1.本机关不掌握相关政府信息", "1.本机关不掌握\n\n相关政府信息");

        var result = ReportTemplates.Parse(broken);

        Assert.Equal(report, result.Report);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != ParseSeverity.Info);
    }

    [Fact]
    public void A_group_printed_as_one_zero_row_gives_its_sub_rows_zero_with_a_warning()
    {
        var values = GovInfoReport2021.TemplateInfo.Cells.Select(c => (decimal?)(c.Key.StartsWith("Requests.Other", StringComparison.Ordinal) ? 0 : 1)).ToArray();
        var text = LayoutWriter.Write(GovInfoReport2021.FromValues(values), LayoutKind.Lines, 2023);
        var start = text.IndexOf("1.申请人无正当理由", StringComparison.Ordinal);
        var end = text.IndexOf("（七）总计", StringComparison.Ordinal);
        var oneRow = text[..start] + string.Join("\n\n", Enumerable.Repeat("0", 7)) + "\n\n" + text[end..];

        var result = ReportTemplates.Parse(oneRow);

        var diagnostic = Single(result, ParseCodes.GroupPrintedAsRow);
        Assert.Contains("each sub-row is taken as 0", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(GovInfoReport2021.FromValues(values), result.Report);
    }

    [Fact]
    public void A_group_printed_as_one_non_zero_row_leaves_its_sub_rows_missing()
    {
        var (_, text) = Distinct2021Lines();
        var start = text.IndexOf("1.申请人无正当理由", StringComparison.Ordinal);
        var end = text.IndexOf("（七）总计", StringComparison.Ordinal);
        var oneRow = text[..start] + string.Join("\n\n", Enumerable.Range(1, 7)) + "\n\n" + text[end..];

        var result = (ReportParseResult<GovInfoReport2021>)GovInfoReport2021.Parse(oneRow);

        Assert.Contains("cannot be shared out", Single(result, ParseCodes.GroupPrintedAsRow).Message, StringComparison.Ordinal);
        Assert.Null(result.Report!.Requests.OtherMisc.Total);
        Assert.Equal(CellState.Missing, result.OriginOf("Requests.OtherNoCorrection.NaturalPerson").State);
    }

    [Fact]
    public void A_typo_the_template_does_not_know_is_matched_with_a_warning()
    {
        var (report, text) = Distinct2021Lines();
        var typo = ReplaceLine(text, "4.保护第三方合法权益", "4.保护第三方合法权利");

        var result = ReportTemplates.Parse(typo);

        Assert.Equal(report, result.Report);
        var diagnostic = Single(result, ParseCodes.ApproximateLabel);
        Assert.Equal(ParseSeverity.Warning, diagnostic.Severity);
        Assert.Contains("despite a difference in spelling", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_without_their_numbering_are_matched()
    {
        var (report, text) = Distinct2021Lines();
        var bare = ReplaceLine(text, "（一）予以公开", "予以公开");

        var result = ReportTemplates.Parse(bare);

        Assert.Equal(report, result.Report);
        Assert.Contains("without its numbering", Single(result, ParseCodes.ApproximateLabel).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("—")]
    [InlineData("无")]
    [InlineData("空")]
    public void Explicit_empty_markers_are_missing_not_zero(string marker)
    {
        var text = ReplaceLine(CorpusText("2023-jinshan-f2021-lines"), "690", marker);

        var result = ReportTemplates.Parse(text);

        Assert.Null(result.Report!.GetValue(Cell("Art20Item5.Licensing.Decisions").Ordinal));
        Assert.Equal((CellState.EmptyMarker, marker), (result.OriginOf("Art20Item5.Licensing.Decisions").State, result.OriginOf("Art20Item5.Licensing.Decisions").Raw));
        Assert.Equal(ParseSeverity.Info, Single(result, ParseCodes.EmptyMarker).Severity);
    }

    [Theory]
    [InlineData("251000元", "25.1")]
    [InlineData("1.2万元", "1.2")]
    [InlineData("1,295", "1295")]
    public void Amounts_with_units_and_separators_are_read_in_the_columns_unit(string written, string expected)
    {
        var text = CorpusText("2023-jinshan-f2021-lines");
        var feeValue = text.IndexOf('0', text.IndexOf("行政事业性收费", StringComparison.Ordinal));
        var edited = text[..feeValue] + written + text[(feeValue + 1)..];

        var result = ReportTemplates.Parse(edited);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Report!.GetValue(Cell("Art20Item8.Fees.Amount").Ordinal));
    }

    [Fact]
    public void A_title_year_that_contradicts_the_headers_is_reported_and_the_headers_win()
    {
        var text = CorpusText("2023-jinshan-f2021-lines").Replace("金山镇2023年政府信息公开工作报告", "金山镇2020年政府信息公开工作报告", StringComparison.Ordinal);

        var result = ReportTemplates.Parse(text);

        Assert.Equal(("2021", VersionSource.Headers, 2020), (result.Template!.Version, result.VersionSource, result.TitleYear));
        Assert.Contains("The title names 2020", Single(result, ParseCodes.VersionDisagreement).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_caller_can_force_a_version()
    {
        var result = GovInfoReport2019.Parse(CorpusBytes("2020-puwei-f2019-lines"));

        Assert.Equal(VersionSource.Forced, result.VersionSource);
        Assert.Equal(2, result.Report!.Art20Item9.CentralizedProcurement.Projects);
        Assert.Equal(19210m, result.Report.Art20Item9.CentralizedProcurement.Amount);
    }

    [Fact]
    public void Without_a_title_year_or_header_signatures_the_best_fitting_version_is_chosen()
    {
        var (report, text) = Distinct2021Lines();
        var stripped = string.Join("\n\n", text.Split("\n\n").Where(l => !GovInfoReport2021.TemplateInfo.Identity.Signatures.Any(s => l.Contains(s, StringComparison.Ordinal)) && !l.Contains("报告", StringComparison.Ordinal)));

        var result = ReportTemplates.Parse(stripped);

        Assert.Equal(VersionSource.BestFit, result.VersionSource);
        Assert.Equal(report, result.Report);
        Assert.Equal(ParseSeverity.Warning, Single(result, ParseCodes.VersionInferred).Severity);
    }

    [Fact]
    public void The_narrative_around_the_tables_is_kept_with_positions()
    {
        var result = ReportTemplates.Parse(CorpusBytes("2023-jinshan-f2021-lines"));

        Assert.Equal("金山镇2023年政府信息公开工作报告", result.Title);
        Assert.Contains(result.Narrative, c => c.Text.StartsWith("一年来,金山镇主动公开了2023年各类政府信息193条", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Narrative, c => c.Text == "本年制发件数");
        Assert.All(result.Narrative, c => Assert.True(c.Position.Line > 0));
    }
}

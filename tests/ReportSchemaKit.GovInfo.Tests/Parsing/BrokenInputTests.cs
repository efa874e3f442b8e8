using System;
using System.Linq;
using System.Text;
using ReportSchemaKit.Parsing;
using static ReportSchemaKit.GovInfo.Tests.Parsing.ParsingFixtures;

namespace ReportSchemaKit.GovInfo.Tests.Parsing;

/// <summary>Inputs that are not (whole) reports: each gives the right diagnostic, never an exception.</summary>
public sealed class BrokenInputTests
{
    [Fact]
    public void An_empty_file_says_so()
    {
        var result = ReportTemplates.Parse(ReadOnlySpan<byte>.Empty);

        Assert.False(result.HasReport);
        Assert.Equal("The input is empty; a report's text was expected", Single(result, ParseCodes.NoReportTables).Message);
    }

    [Fact]
    public void Binary_bytes_say_so()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var result = ReportTemplates.Parse(bytes);

        Assert.False(result.HasReport);
        Assert.Contains("binary data", Single(result, ParseCodes.NoReportTables).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Megabytes_of_noise_hold_no_report_tables()
    {
        var random = new Random(11);
        var noise = new StringBuilder();
        while (noise.Length < 3_000_000)
        {
            noise.Append(random.Next(3) == 0 ? random.Next(100_000).ToString(System.Globalization.CultureInfo.InvariantCulture) : new string((char)random.Next(0x4E00, 0x9FA5), random.Next(1, 40))).Append('\n');
        }

        var result = ReportTemplates.Parse(Encoding.UTF8.GetBytes(noise.ToString()));

        Assert.False(result.HasReport);
        Assert.StartsWith("No report tables were found", Single(result, ParseCodes.NoReportTables).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_cut_short_keeps_what_was_read_and_names_what_is_missing()
    {
        var text = CorpusText("2023-jinshan-f2021-lines");
        var cut = text[..text.IndexOf("5.属于三类内部事务信息", StringComparison.Ordinal)];

        var result = ReportTemplates.Parse(cut);

        Assert.True(result.HasReport);
        Assert.Equal(690m, result.Report!.GetValue(Cell("Art20Item5.Licensing.Decisions").Ordinal));
        Assert.Equal(1m, result.Report.GetValue(Cell("Requests.NewReceived.Total").Ordinal));
        Assert.Null(result.Report.GetValue(Cell("Requests.WithheldInternalAffairs.Total").Ordinal));
        Assert.Equal(CellState.Missing, result.OriginOf("Requests.CarriedForward.Total").State);
        Assert.Contains(result.Diagnostics, d => d.Code == ParseCodes.RowNotFound && d.Message.StartsWith("Row 5.属于三类内部事务信息", StringComparison.Ordinal));
        Assert.Contains("Table ReviewLitigation", Single(result, ParseCodes.TableNotFound).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Letters_in_a_number_cell_are_an_error_on_that_cell_and_the_text_is_kept()
    {
        var text = ReplaceLine(CorpusText("2023-jinshan-f2021-lines"), "690", "69O");

        var result = ReportTemplates.Parse(text);

        var diagnostic = Single(result, ParseCodes.InvalidValue);
        Assert.Equal(ParseSeverity.Error, diagnostic.Severity);
        Assert.Equal("Art20Item5.Licensing.Decisions", diagnostic.CellKey);
        Assert.Equal("Cell Art20Item5.Licensing.Decisions should hold a whole number; found '69O'", diagnostic.Message);
        var origin = result.OriginOf("Art20Item5.Licensing.Decisions");
        Assert.Equal((CellState.Invalid, "69O"), (origin.State, origin.Raw));
        Assert.Equal(diagnostic.Position, origin.Position);
        Assert.Null(result.Report!.GetValue(Cell("Art20Item5.Licensing.Decisions").Ordinal));
        Assert.Equal(18m, result.Report.GetValue(Cell("Art20Item6.Penalty.Decisions").Ordinal));
    }

    [Fact]
    public void A_fraction_in_a_count_cell_is_an_error_that_names_the_rule()
    {
        var text = ReplaceLine(CorpusText("2023-jinshan-f2021-lines"), "18", "18.5");

        var result = ReportTemplates.Parse(text);

        Assert.Contains("rule cells.integer", Single(result, ParseCodes.InvalidValue).Message, StringComparison.Ordinal);
        Assert.Equal((CellState.Invalid, "18.5"), (result.OriginOf("Art20Item6.Penalty.Decisions").State, result.OriginOf("Art20Item6.Penalty.Decisions").Raw));
    }

    [Fact]
    public void A_version_that_does_not_exist_is_named_with_the_ones_that_do()
    {
        var result = ReportTemplates.Parse(CorpusText("2023-jinshan-f2021-lines"), new ParseOptions { Version = "2030" });

        Assert.False(result.HasReport);
        Assert.Contains("There is no template version '2030'; the versions are 2019, 2021", result.Diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void A_page_with_prose_and_no_tables_says_so()
    {
        var result = ReportTemplates.Parse("<html><body><h1>金山镇2023年政府信息公开工作报告</h1><p>今年我镇没有收到申请。</p></body></html>");

        Assert.False(result.HasReport);
        Assert.Equal(2023, result.TitleYear);
        Assert.Single(result.Diagnostics, d => d.Code == ParseCodes.NoReportTables);
    }
}

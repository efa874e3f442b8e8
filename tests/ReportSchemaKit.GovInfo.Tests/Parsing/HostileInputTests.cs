using System;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using ReportSchemaKit.GovInfo.V2021;
using ReportSchemaKit.Layout;
using ReportSchemaKit.Parsing;
using static ReportSchemaKit.GovInfo.Tests.Parsing.ParsingFixtures;

namespace ReportSchemaKit.GovInfo.Tests.Parsing;

/// <summary>
/// Hostile and broken inputs: whatever the bytes, the parser returns a result — a report with diagnostics,
/// or no report and a diagnostic saying why — and never throws. (Time and memory against input size are
/// measured by HostileInputBenchmarks, not asserted here.)
/// </summary>
public sealed class HostileInputTests
{
    private static readonly byte[][] CorpusReports = Directory.GetFiles(Path.Combine(SharedFiles.Directory, "corpus"), "*.txt")
        .Select(File.ReadAllBytes)
        .ToArray();

    [Fact]
    public void Random_bytes_of_any_length_give_a_result_never_an_exception()
    {
        Gen.Byte.Array[0, 20_000].Sample(bytes => AssertWellFormed(ReportTemplates.Parse(bytes)), iter: 300);
    }

    [Fact]
    public void Random_text_made_of_report_vocabulary_gives_a_result_never_an_exception()
    {
        string[] pieces = ["\n", "\t", " | ", "|---|", "<td>", "</tr>", "<table>", "<td rowspan=3>", "0", "12", "1.5", "—", "一、本年新收政府信息公开申请数量", "（一）予以公开", "自然人", "总计", "第二十条第（一）项", "2023年", "\u00A0", "&nbsp;", "\uFFFD"];
        Gen.Int[0, pieces.Length - 1].Array[0, 400]
            .Select(picks => string.Concat(picks.Select(p => pieces[p])))
            .Sample(text => AssertWellFormed(ReportTemplates.Parse(Encoding.UTF8.GetBytes(text))), iter: 300);
    }

    [Fact]
    public void A_corpus_report_with_bytes_flipped_cut_or_inserted_gives_a_result_never_an_exception()
    {
        var mutated = Gen.Select(Gen.Int[0, CorpusReports.Length - 1], Gen.Int[0, 3].Array[1, 20], Gen.Int.Array[20], Gen.Byte.Array[20], (report, kinds, places, bytes) =>
        {
            var data = CorpusReports[report].ToList();
            for (int i = 0; i < kinds.Length && data.Count > 1; i++)
            {
                int at = (int)((uint)places[i] % (uint)data.Count);
                switch (kinds[i])
                {
                    case 0: data[at] = bytes[i]; break;
                    case 1: data.RemoveAt(at); break;
                    case 2: data.Insert(at, bytes[i]); break;
                    default: data.RemoveRange(at, data.Count - at); break; // cut short, often mid-character
                }
            }

            return data.ToArray();
        });

        mutated.Sample(bytes => AssertWellFormed(ReportTemplates.Parse(bytes)), iter: 200);
    }

    [Fact]
    public void Html_nested_a_hundred_thousand_levels_deep_is_read_without_exhausting_the_stack()
    {
        var tables = new StringBuilder("<html><body>").Insert(12, "<table><tr><td>", 30_000).Append('1').ToString();
        var divs = new StringBuilder("<html><body>").Insert(12, "<div><span>", 100_000).Append('x').ToString();

        foreach (var html in new[] { tables, divs })
        {
            var result = ReportTemplates.Parse(Encoding.UTF8.GetBytes(html));

            Assert.Equal(LayoutKind.Html, result.Layout);
            Assert.False(result.HasReport);
            Single(result, ParseCodes.NoReportTables);
        }
    }

    [Fact]
    public void A_report_inside_a_page_of_fifty_thousand_other_table_rows_is_still_found()
    {
        var (report, _) = Distinct2021Lines();
        var table = LayoutWriter.Write(report, LayoutKind.Html, 2023);
        var noise = new StringBuilder("<table>");
        for (int i = 0; i < 50_000; i++)
        {
            noise.Append("<tr><td>附件").Append(i).Append("</td><td colspan=\"3\">").Append(i % 7).Append("</td></tr>");
        }

        var page = noise.Append("</table>").ToString() + table;

        var result = ReportTemplates.Parse(Encoding.UTF8.GetBytes(page));

        Assert.True(result.HasReport);
        Assert.All(GovInfoReport2021.TemplateInfo.Cells, c => Assert.Equal(report.GetValue(c.Ordinal), result.Report!.GetValue(c.Ordinal)));
    }

    [Fact]
    public void A_single_thirty_megabyte_line_holds_no_report_tables()
    {
        var line = new string('数', 10_000_000); // 30 MB as UTF-8

        var result = ReportTemplates.Parse(Encoding.UTF8.GetBytes(line));

        Assert.False(result.HasReport);
        Assert.StartsWith("No report tables were found", Single(result, ParseCodes.NoReportTables).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_hundred_thousand_numbers_under_one_row_label_are_counted_not_listed()
    {
        var (_, text) = Distinct2021Lines();
        int row = text.IndexOf("（一）予以公开", StringComparison.Ordinal);
        var flood = new StringBuilder(text[..row]).Append("（一）予以公开\n");
        for (int i = 0; i < 200_000; i++)
        {
            flood.Append(i % 97).Append('\n');
        }

        var result = ReportTemplates.Parse(Encoding.UTF8.GetBytes(flood.ToString()));

        Assert.True(result.HasReport);
        // 200,000 is no whole number of rows of seven: nothing places them, so none is bound.
        var extra = Assert.Single(result.Diagnostics, d => d.Code == ParseCodes.ValuesNotPlaced);
        Assert.Matches(@"^Table Requests has \d{6} value\(s\) that .* so they are not bound: ('\d+', ){9}'\d+' and \d+ more$", extra.Message);
        Assert.True(extra.Message.Length < 400, extra.Message);
    }

    [Fact]
    public void Thirty_thousand_rows_of_values_under_one_row_label_bind_that_row_and_no_row_after_it()
    {
        var (_, text) = Distinct2021Lines();
        int row = text.IndexOf("（一）予以公开", StringComparison.Ordinal);
        var flood = new StringBuilder(text[..row]).Append("（一）予以公开\n");
        for (int i = 0; i < 30_000 * 7; i++)
        {
            flood.Append(i % 7 + 1).Append('\n');
        }

        var result = ReportTemplates.Parse(Encoding.UTF8.GetBytes(flood.ToString()));

        Assert.True(result.HasReport);
        Assert.Equal(7m, result.Report!.GetValue(ParsingFixtures.Cell("Requests.Disclosed.Total").Ordinal));
        Assert.Equal(ReportSchemaKit.Parsing.CellState.Missing, result.OriginOf("Requests.PartiallyDisclosed.Total").State);
        var ambiguous = Assert.Single(result.Diagnostics, d => d.Code == ParseCodes.AmbiguousAlignment);
        Assert.True(ambiguous.Message.Length < 1000, ambiguous.Message);
        // The values no row takes are named once, and those past the alignment's reach once more: never one diagnostic each.
        var extra = result.Diagnostics.Where(d => d.Code == ParseCodes.ExtraValues).ToList();
        Assert.Equal(2, extra.Count);
        Assert.Contains(extra, d => d.Message.Contains("past the first 1024 rows' worth", StringComparison.Ordinal));
        Assert.All(extra, d => Assert.True(d.Message.Length < 400, d.Message));
    }

    private static void AssertWellFormed(ReportParseResult result)
    {
        Assert.True(result.HasReport || result.Diagnostics.Any(d => d.Code == ParseCodes.NoReportTables), "no report and no RSK1001");
        Assert.Equal(result.HasReport ? result.Template!.Cells.Count : 0, result.Cells.Count);
        Assert.All(result.Diagnostics, d => Assert.StartsWith("RSK", d.Code, StringComparison.Ordinal));
    }
}

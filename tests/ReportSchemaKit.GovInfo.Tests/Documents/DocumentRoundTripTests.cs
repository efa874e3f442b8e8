using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using CsCheck;
using ReportSchemaKit.GovInfo.V2019;
using ReportSchemaKit.GovInfo.V2021;
using ReportSchemaKit.Layout;
using ReportSchemaKit.Parsing;
using ReportSchemaKit.Reports;
using ReportSchemaKit.Templates;
using ReportSchemaKit.Text;
using ReportSchemaKit.GovInfo.Tests.Parsing;

namespace ReportSchemaKit.GovInfo.Tests.Documents;

/// <summary>Reports written as Word documents and PDFs by the tests themselves parse back to the reports they were made from.</summary>
public sealed class DocumentRoundTripTests
{
    private static GovInfoReport2021 FixedReport()
    {
        var values = GovInfoReport2021.TemplateInfo.Cells.Select(c => c.Type == CellType.Decimal ? 7730.28m : (decimal?)(c.Ordinal * 37 % 101)).ToArray();
        values[GovInfoReport2021.TemplateInfo.Cells.Single(c => c.Key == "Requests.PartiallyDisclosed.Research").Ordinal] = null;
        return GovInfoReport2021.FromValues(values);
    }

    [Fact]
    public void A_word_document_with_merged_cells_and_wrapped_labels_parses_back_to_its_report()
    {
        var report = FixedReport();
        var docx = DocxReportWriter.Write(report, 2023);

        var result = ReportTemplates.Parse(docx);

        Assert.Equal(LayoutKind.Docx, result.Layout);
        Assert.Equal(VersionSource.TitleAndHeaders, result.VersionSource);
        Assert.Equal(report, result.Report);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == ParseSeverity.Error);
        Assert.Equal(CellState.Blank, result.OriginOf("Requests.PartiallyDisclosed.Research").State);

        // Paragraphs are the narrative, placed by their ordinal among the body's paragraphs and table rows.
        Assert.All(result.Narrative, c => Assert.False(c.InTable));
        var prose = Assert.Single(result.Narrative, c => c.Text == LayoutWriter.Prose);
        Assert.Equal(new SourcePosition(2, 1), prose.Position);
        var closing = Assert.Single(result.Narrative, c => c.Text.StartsWith("（以上数据统计期限", StringComparison.Ordinal));
        Assert.True(closing.Position.Line > result.Cells.Max(c => c.Position?.Line ?? 0), closing.Position.ToString());

        // The file really holds Word's merges, not a grid of plain cells.
        var xml = DocumentXml(docx);
        Assert.Contains("w:gridSpan", xml, StringComparison.Ordinal);
        Assert.Contains("w:vMerge w:val=\"restart\"", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_with_ruled_tables_and_wrapped_labels_parses_back_to_its_report()
    {
        var report = FixedReport();
        var pdf = PdfReportWriter.Write(report, 2023);

        var result = ReportTemplates.Parse(pdf.Bytes);

        Assert.Equal(LayoutKind.Pdf, result.Layout);
        Assert.Equal(VersionSource.TitleAndHeaders, result.VersionSource);
        Assert.Equal(report, result.Report);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == ParseSeverity.Error);
        Assert.Equal(CellState.Blank, result.OriginOf("Requests.PartiallyDisclosed.Research").State);

        // The label is wrapped over several lines in the file and read as one cell.
        var (cells, _) = new PdfLayoutReader().Read(pdf.Bytes);
        Assert.Contains(cells, c => c.Text == "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
    }

    [Fact]
    public void A_pdf_table_crossing_a_page_break_is_read_once_without_its_repeated_header_or_page_numbers()
    {
        var report = FixedReport();
        var pdf = PdfReportWriter.Write(report, 2023, proseLines: 12);
        Assert.True(pdf.RepeatedHeaderRows > 0, "the test file should have a table crossing a page break");

        var result = ReportTemplates.Parse(pdf.Bytes);
        var (cells, outcome) = new PdfLayoutReader().Read(pdf.Bytes);

        Assert.Equal(report, result.Report);
        Assert.Equal(pdf.Pages, outcome.Pages);
        Assert.True(result.Cells.Select(c => c.Position?.Page).Distinct().Count() > 1);
        Assert.Single(cells, c => c.Text == "自然人");
        Assert.DoesNotContain(cells, c => c.Text.Contains('页', StringComparison.Ordinal) || c.Text.StartsWith('—') || c.Text.StartsWith('-'));
    }

    [Fact]
    public void A_pdf_position_names_the_page_the_line_on_it_and_the_cell_on_the_line()
    {
        var report = FixedReport();
        var result = ReportTemplates.Parse(PdfReportWriter.Write(report, 2023).Bytes);

        var origin = result.OriginOf("Art20Item1.Rules.Issued").Position!.Value;

        Assert.Equal(1, origin.Page);
        Assert.True(origin.Line > 1, origin.ToString());
        Assert.Equal(2, origin.Column); // the label 规章 is the first cell on the line
        Assert.StartsWith("page 1, ", origin.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Random_2021_reports_survive_a_word_document() =>
        RoundTrip<GovInfoReport2021>(report => DocxReportWriter.Write(report, 2022), LayoutKind.Docx, iterations: 30);

    [Fact]
    public void Random_2019_reports_survive_a_word_document() =>
        RoundTrip<GovInfoReport2019>(report => DocxReportWriter.Write(report, 2020), LayoutKind.Docx, iterations: 30);

    [Fact]
    public void Random_2021_reports_survive_a_pdf() =>
        RoundTrip<GovInfoReport2021>(report => PdfReportWriter.Write(report, 2022, proseLines: 8).Bytes, LayoutKind.Pdf, iterations: 30);

    [Fact]
    public void Random_2019_reports_survive_a_pdf() =>
        RoundTrip<GovInfoReport2019>(report => PdfReportWriter.Write(report, 2020).Bytes, LayoutKind.Pdf, iterations: 30);

    private static void RoundTrip<T>(Func<IReport, byte[]> write, LayoutKind layout, int iterations)
        where T : class, IReport<T>
    {
        ReportGenerators.Values(T.TemplateInfo).Sample(
            values =>
            {
                var report = T.FromValues(values);

                var result = ReportTemplates.Parse(write(report));

                Assert.Equal(layout, result.Layout);
                Assert.Equal(T.TemplateInfo.Version, result.Template?.Version);
                Assert.Equal(report, result.Report);
                Assert.Equal(values.Count(v => v is null), result.Cells.Count(c => c.State == CellState.Blank));
            },
            iter: iterations);
    }

    private static string DocumentXml(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }
}

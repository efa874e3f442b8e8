using System;
using System.IO;
using System.Linq;
using ReportSchemaKit.Parsing;
using ReportSchemaKit.Rendering;

namespace ReportSchemaKit.GovInfo.Tests.Corpus;

/// <summary>Every text report of the corpus parses to exactly the values shared/FORMATS.md gives, every cell.</summary>
public sealed class CorpusParsingTests
{
    [Theory]
    [InlineData("2023-jinshan-f2021-lines", "2021")]
    [InlineData("2023-tuoli-f2021-lines", "2021")]
    [InlineData("2022-qiongxiang-f2021-tabs", "2021")]
    [InlineData("2022-anpeng-f2021-pipes", "2021")]
    [InlineData("2020-puwei-f2019-lines", "2019")]
    public void The_report_parses_to_the_expected_value_of_every_cell(string name, string version) =>
        ParsesToExpectedCells(File.ReadAllBytes(Path.Combine(SharedFiles.Directory, "corpus", name + ".txt")), name, version);

    /// <summary>The two PDF reports as pdftotext -layout writes them: aligned columns, wrapped labels, page numbers in the table.</summary>
    [Theory]
    [InlineData("2023-hongze-f2021.pdftotext-layout")]
    [InlineData("2024-hongze-f2021.pdftotext-layout")]
    public void The_text_of_a_pdf_report_parses_to_the_expected_value_of_every_cell(string name)
    {
        var result = ParsesToExpectedCells(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Corpus", "PdfText", name + ".txt")), name, "2021");

        Assert.Equal(ReportSchemaKit.Layout.LayoutKind.AlignedColumns, result.Layout);
        Assert.Contains(result.Diagnostics, d => d.Code == ParseCodes.GroupPrintedAsRow && d.Message.StartsWith("（六）其他处理 is printed as one row", StringComparison.Ordinal));
    }

    /// <summary>
    /// The two PDF reports read directly from the PDF, to the same values pdftotext's text gives: the table rebuilt from the
    /// page geometry (wrapped labels, a group label printed vertically, a table crossing a page break, page numbers).
    /// </summary>
    [Theory]
    [InlineData("2023-hongze-f2021")]
    [InlineData("2024-hongze-f2021")]
    public void A_pdf_report_parses_to_the_expected_value_of_every_cell(string name)
    {
        var result = ParsesToExpectedCells(File.ReadAllBytes(Path.Combine(SharedFiles.Directory, "corpus", name + ".pdf")), name + ".pdftotext-layout", "2021");

        Assert.Equal(ReportSchemaKit.Layout.LayoutKind.Pdf, result.Layout);
        Assert.Contains(result.Diagnostics, d => d.Code == ParseCodes.GroupPrintedAsRow && d.Message.StartsWith("（六）其他处理 is printed as one row", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == ParseSeverity.Error);
        Assert.All(result.Cells, c => Assert.True(c.Position is null || c.Position.Value.Page is >= 1 and <= 5));
    }

    private static ReportParseResult ParsesToExpectedCells(byte[] input, string name, string version)
    {
        var result = ReportParser.Parse(input, ReportTemplates.Catalog);

        Assert.True(result.HasReport, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Equal(version, result.Template!.Version);
        var expected = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Corpus", "Expected", name + ".cells.txt")).Where(l => !l.StartsWith('#'));
        var actual = CellListing.Write(result.Report!).TrimEnd('\n').Split('\n');
        var differences = expected.Zip(actual).Where(p => p.First != p.Second).Select(p => $"expected {p.First} got {p.Second}").ToList();
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences.Take(20)) + Environment.NewLine + "Diagnostics:" + Environment.NewLine + string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Equal(expected.Count(), actual.Length);
        return result;
    }
}

using System;
using System.Linq;
using ReportSchemaKit.GovInfo;
using ReportSchemaKit.GovInfo.Tests.Documents;
using ReportSchemaKit.Layout;
using UglyToad.PdfPig;

namespace ReportSchemaKit.Benchmarks;

/// <summary>
/// The PDF and Word inputs of <see cref="DocumentBenchmarks"/>: the jinshan report's values written by the tests'
/// writers, with the same prose before the tables in both, enough that they run over several pages, and the page count
/// of each input.
/// </summary>
internal static class DocumentInputs
{
    // Prose lines before the tables: the written PDF runs over 3 pages, its tables crossing page breaks.
    private const int ProseLines = 60;

    public static byte[] Written(LayoutKind layout)
    {
        var report = ReportTemplates.Parse(BenchmarkInputs.Corpus("2023-jinshan-f2021-lines")).Report ?? throw new InvalidOperationException("The jinshan report no longer parses.");
        return layout switch
        {
            LayoutKind.Pdf => PdfReportWriter.Write(report, 2023, ProseLines).Bytes,
            LayoutKind.Docx => DocxReportWriter.Write(report, 2023, ProseLines),
            _ => throw new ArgumentOutOfRangeException(nameof(layout), layout, "Not a document layout."),
        };
    }

    /// <summary>A PDF's pages; a Word file, which has pages only once laid out, counts those of the same report written as PDF.</summary>
    public static double PagesOf(string input)
    {
        var bytes = input == "document:Docx" ? Written(LayoutKind.Pdf) : BenchmarkInputs.Named(input);
        if (!bytes.AsSpan(0, 5).SequenceEqual("%PDF-"u8))
        {
            return double.NaN;
        }

        using var pdf = PdfDocument.Open(bytes);
        return pdf.NumberOfPages;
    }
}

using System;
using System.IO;
using System.Linq;
using CsCheck;
using ReportSchemaKit.GovInfo.V2021;
using ReportSchemaKit.Parsing;

namespace ReportSchemaKit.GovInfo.Tests.Documents;

/// <summary>
/// PDF and Word files damaged at random — cut short, bytes overwritten, a stretch cut out — never make the parser
/// throw: the result has a report, or an error that says why not.
/// </summary>
public sealed class DamagedDocumentTests
{
    private static readonly Lazy<byte[][]> Documents = new(() =>
    {
        var report = GovInfoReport2021.FromValues(GovInfoReport2021.TemplateInfo.Cells.Select(c => (decimal?)(c.Ordinal % 17)).ToArray());
        return
        [
            File.ReadAllBytes(Path.Combine(SharedFiles.Directory, "corpus", "2023-hongze-f2021.pdf")),
            File.ReadAllBytes(Path.Combine(SharedFiles.Directory, "corpus", "2024-hongze-f2021.pdf")),
            PdfReportWriter.Write(report, 2023, proseLines: 12).Bytes,
            DocxReportWriter.Write(report, 2023),
        ];
    });

    /// <summary>A damage: 0 cuts the file at <c>At</c>, 1 overwrites <c>Length</c> bytes from there with <c>Fill</c>, 2 removes them.</summary>
    private static readonly Gen<(int Document, int Kind, double At, int Length, byte Fill)> Damage =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 2], Gen.Double[0, 1], Gen.Int[1, 400], Gen.Byte);

    [Fact]
    public void A_damaged_pdf_or_word_file_gives_a_report_or_an_error_never_an_exception()
    {
        Damage.Sample(
            damage =>
            {
                var bytes = Damaged(Documents.Value[damage.Document], damage);

                var result = ReportTemplates.Parse(bytes);

                Assert.True(result.HasReport || result.Diagnostics.Any(d => d.Severity == ParseSeverity.Error), string.Join("; ", result.Diagnostics));
                Assert.Equal(result.HasReport ? result.Template!.Cells.Count : 0, result.Cells.Count);
            },
            iter: 200);
    }

    private static byte[] Damaged(byte[] original, (int Document, int Kind, double At, int Length, byte Fill) damage)
    {
        // Past the first bytes, so that the file is still recognised as what it was and its own reader meets the damage.
        var at = 16 + (int)(damage.At * (original.Length - 16));
        var length = Math.Min(damage.Length, original.Length - at);
        switch (damage.Kind)
        {
            case 0:
                return original[..at];
            case 1:
                var overwritten = (byte[])original.Clone();
                overwritten.AsSpan(at, length).Fill(damage.Fill);
                return overwritten;
            default:
                return [.. original[..at], .. original[(at + length)..]];
        }
    }
}

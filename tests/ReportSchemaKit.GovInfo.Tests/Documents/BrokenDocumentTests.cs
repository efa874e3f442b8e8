using System;
using System.Linq;
using ReportSchemaKit.Layout;
using ReportSchemaKit.Parsing;

namespace ReportSchemaKit.GovInfo.Tests.Documents;

/// <summary>Scanned, damaged and unsupported document files give a diagnostic that says what is wrong, never an exception or a silent empty result.</summary>
public sealed class BrokenDocumentTests
{
    [Fact]
    public void A_scanned_pdf_says_that_it_needs_ocr()
    {
        var pdf = new TinyPdfWriter();
        pdf.NewPage();
        pdf.ScannedImage();
        pdf.NewPage();
        pdf.ScannedImage();

        var result = ReportTemplates.Parse(pdf.ToBytes());

        Assert.False(result.HasReport);
        Assert.Equal(LayoutKind.Pdf, result.Layout);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ParseCodes.NeedsOcr, diagnostic.Code);
        Assert.Equal(ParseSeverity.Error, diagnostic.Severity);
        Assert.Contains("2 pages hold only images", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("OCR", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_with_one_scanned_page_is_read_and_names_that_page()
    {
        var pdf = new TinyPdfWriter();
        pdf.NewPage();
        pdf.Text(50, 700, 12, "示例镇2023年政府信息公开工作年度报告");
        pdf.NewPage();
        pdf.ScannedImage();

        var result = ReportTemplates.Parse(pdf.ToBytes());

        var ocr = Assert.Single(result.Diagnostics, d => d.Code == ParseCodes.NeedsOcr);
        Assert.Equal(ParseSeverity.Warning, ocr.Severity);
        Assert.StartsWith("Page 2 of the PDF", ocr.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_pdf_is_reported_as_unreadable()
    {
        var bytes = PdfReportWriter.Write(GovInfo.V2021.GovInfoReport2021.FromValues(new decimal?[GovInfo.V2021.GovInfoReport2021.TemplateInfo.Cells.Count]), 2023).Bytes;

        var result = ReportTemplates.Parse(bytes.AsSpan(0, 40));

        Assert.False(result.HasReport);
        Assert.Equal(LayoutKind.Pdf, result.Layout);
        Assert.Contains(result.Diagnostics, d => d.Code == ParseCodes.DocumentUnreadable && d.Severity == ParseSeverity.Error && d.Message.StartsWith("The PDF cannot be read", StringComparison.Ordinal));
    }

    [Fact]
    public void A_password_protected_pdf_says_that_it_needs_its_password()
    {
        var pdf = new TinyPdfWriter { PasswordProtected = true };
        pdf.NewPage();
        pdf.Text(50, 700, 12, "示例镇2023年政府信息公开工作年度报告");

        var result = ReportTemplates.Parse(pdf.ToBytes());

        Assert.False(result.HasReport);
        Assert.Equal(LayoutKind.Pdf, result.Layout);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ParseCodes.DocumentUnreadable, diagnostic.Code);
        Assert.Equal(ParseSeverity.Error, diagnostic.Severity);
        Assert.StartsWith("The PDF is encrypted and cannot be opened without its password", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<00> <FFFFFFFF> <00>", "<00> <FFFFFFFF>")]
    [InlineData("<3300> <FFFFFF> <00>", "<3300> <FFFFFF>")]
    public void A_pdf_whose_font_maps_an_impossible_range_of_codes_is_refused_not_expanded(string range, string named)
    {
        // Same length as the range it replaces, so every offset in the file stays right: only the font's map is wrong.
        var bytes = PdfReportWriter.Write(GovInfo.V2021.GovInfoReport2021.FromValues(new decimal?[GovInfo.V2021.GovInfoReport2021.TemplateInfo.Cells.Count]), 2023).Bytes;
        var original = System.Text.Encoding.Latin1.GetBytes("<3300> <33FF> <3300>");
        var at = bytes.AsSpan().IndexOf(original);
        Assert.True(at > 0 && range.Length == original.Length);
        System.Text.Encoding.Latin1.GetBytes(range).CopyTo(bytes, at);

        var result = ReportTemplates.Parse(bytes);

        Assert.False(result.HasReport);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ParseCodes.DocumentUnreadable, diagnostic.Code);
        Assert.Contains("ToUnicode character map of font object", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(named, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_word_document_is_reported_as_unreadable()
    {
        var docx = DocxReportWriter.Write(GovInfo.V2021.GovInfoReport2021.FromValues(new decimal?[GovInfo.V2021.GovInfoReport2021.TemplateInfo.Cells.Count]), 2023);

        var result = ReportTemplates.Parse(docx.AsSpan(0, docx.Length / 2));

        Assert.False(result.HasReport);
        Assert.Equal(LayoutKind.Docx, result.Layout);
        Assert.Contains(result.Diagnostics, d => d.Code == ParseCodes.DocumentUnreadable && d.Message.StartsWith("The Word document cannot be read", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0 }, "Word 97–2003 .doc")]
    [InlineData(new byte[] { (byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0, (byte)'x', (byte)'l', (byte)'/' }, "not a Word .docx document")]
    public void A_document_format_that_is_not_read_says_so(byte[] bytes, string expected)
    {
        var result = ReportTemplates.Parse(bytes);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ParseCodes.DocumentUnreadable, diagnostic.Code);
        Assert.Contains(expected, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_mentions_the_pdf_header_is_still_text()
    {
        var result = ReportTemplates.Parse("说明：文件以 %PDF- 开头的是PDF文件。\n"u8.ToArray());

        Assert.NotEqual(LayoutKind.Pdf, result.Layout);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ParseCodes.DocumentUnreadable);
    }
}

using System;

namespace ReportSchemaKit.Layout;

/// <summary>What a file's first bytes say it is, before anyone tries to decode it as text.</summary>
internal enum SniffedFormat
{
    /// <summary>No known document signature: text, or binary data of some other kind.</summary>
    None,

    /// <summary><c>%PDF-</c> within the first kilobyte.</summary>
    Pdf,

    /// <summary>A ZIP archive that names <c>word/document.xml</c>: an Office Open XML word-processing document.</summary>
    Docx,

    /// <summary>A ZIP archive without <c>word/document.xml</c> (a spreadsheet, a presentation, an archive).</summary>
    OtherZip,

    /// <summary>An OLE compound file: a Word 97–2003 <c>.doc</c>, an Excel <c>.xls</c> or similar.</summary>
    CompoundFile,
}

/// <summary>Tells document formats apart by their magic bytes; the file name's extension is not trusted.</summary>
internal static class DocumentFormatSniffer
{
    // PDF readers accept the header anywhere in the first 1024 bytes (some servers prepend junk).
    private const int PdfHeaderWindow = 1024;

    public static SniffedFormat Sniff(ReadOnlySpan<byte> bytes)
    {
        if (HasPdfHeader(bytes[..Math.Min(bytes.Length, PdfHeaderWindow)]))
        {
            return SniffedFormat.Pdf;
        }

        if (bytes.StartsWith("PK\x03\x04"u8))
        {
            // Entry names are stored uncompressed in the local headers and the central directory, so a
            // Word document names its main part in plain bytes even when the archive is damaged.
            return bytes.IndexOf("word/document.xml"u8) >= 0 ? SniffedFormat.Docx : SniffedFormat.OtherZip;
        }

        return bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) ? SniffedFormat.CompoundFile : SniffedFormat.None;
    }

    /// <summary><c>%PDF-</c> and a version digit: text that merely mentions "%PDF-" is not a PDF.</summary>
    private static bool HasPdfHeader(ReadOnlySpan<byte> window)
    {
        var at = window.IndexOf("%PDF-"u8);
        return at >= 0 && at + 5 < window.Length && char.IsAsciiDigit((char)window[at + 5]);
    }
}

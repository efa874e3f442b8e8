using System;

namespace ReportSchemaKit.Layout;

/// <summary>The document readers (PDF, Word), one shared instance each (they keep no state between calls).</summary>
public static class DocumentReaders
{
    private static readonly PdfLayoutReader Pdf = new();
    private static readonly DocxLayoutReader Docx = new();

    /// <summary>True for the layouts read from a file's bytes (<see cref="LayoutKind.Pdf"/>, <see cref="LayoutKind.Docx"/>) rather than from decoded text.</summary>
    public static bool IsDocument(this LayoutKind kind) => kind is LayoutKind.Pdf or LayoutKind.Docx;

    /// <summary>The reader for a document layout.</summary>
    /// <param name="kind"><see cref="LayoutKind.Pdf"/> or <see cref="LayoutKind.Docx"/>.</param>
    /// <returns>The shared reader instance.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is a text layout, or not a defined layout.</exception>
    public static IDocumentReader For(LayoutKind kind) => kind switch
    {
        LayoutKind.Pdf => Pdf,
        LayoutKind.Docx => Docx,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a document layout; text layouts are read by LayoutReaders."),
    };
}

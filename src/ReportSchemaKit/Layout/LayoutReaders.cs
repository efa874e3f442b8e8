using System;
using System.Collections.Generic;

namespace ReportSchemaKit.Layout;

/// <summary>The layout readers, one shared instance each (they keep no state between calls).</summary>
public static class LayoutReaders
{
    private static readonly LineLayoutReader Lines = new();
    private static readonly TabLayoutReader Tabs = new();
    private static readonly PipeTableReader Pipes = new();
    private static readonly HtmlLayoutReader Html = new();
    private static readonly AlignedColumnsReader AlignedColumns = new();
    private static readonly TextGridReader Grid = new();

    /// <summary>The reader for a layout.</summary>
    /// <param name="kind">The layout.</param>
    /// <returns>The shared reader instance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="kind"/> is a document layout (read from bytes by <see cref="DocumentReaders"/>) or not a defined layout.
    /// </exception>
    public static ILayoutReader For(LayoutKind kind) => kind switch
    {
        LayoutKind.Lines => Lines,
        LayoutKind.Tabs => Tabs,
        LayoutKind.Pipes => Pipes,
        LayoutKind.Html => Html,
        LayoutKind.AlignedColumns => AlignedColumns,
        LayoutKind.TextGrid => Grid,
        LayoutKind.Pdf or LayoutKind.Docx => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A document layout is read from the file's bytes, by DocumentReaders."),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown layout."),
    };

    /// <summary>Detects the layout with <see cref="LayoutDetector.Detect(string)"/> and reads the cells.</summary>
    /// <param name="text">The decoded report text.</param>
    /// <returns>The cell stream.</returns>
    public static IReadOnlyList<SourceCell> Read(string text) => For(LayoutDetector.Detect(text)).Read(text);
}

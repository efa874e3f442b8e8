using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace ReportSchemaKit.Layout;

/// <summary>
/// Reads a Word document (.docx) with DocumentFormat.OpenXml into the same cell stream the HTML reader
/// produces: Word tables are real tables, so their cells, merges and rows are taken as Word stores them.
/// </summary>
/// <remarks>
/// <para>Every cell (<c>w:tc</c>) of every table is a cell, blank ones included, with the index of its row
/// (<c>w:tr</c>) counted from 0 across the document. A horizontal merge (<c>w:gridSpan</c>, or the older
/// <c>w:hMerge</c>) is the cell's <see cref="SourceCell.ColSpan"/>; a vertical merge (<c>w:vMerge</c>) is one
/// cell, in the row where it restarts, whose <see cref="SourceCell.RowSpan"/> counts the rows it covers; the
/// continuing cells below it are not cells of their own — exactly as HTML's <c>rowspan</c> reads.</para>
/// <para>A cell's text is the text of its paragraphs run together, with runs of spaces collapsed to one and
/// the ends trimmed; paragraph ends and line breaks inside a cell add nothing, so a label typed over two lines
/// stays one label. A table nested in a cell is read after that cell, with its own rows.</para>
/// <para>Outside tables, each paragraph with text, split at its line breaks, is a narrative cell
/// (<see cref="SourceCell.InTable"/> false, row -1). Content controls and custom XML around paragraphs, rows
/// and cells are looked through. Not read: text boxes, drawings and embedded objects, headers, footers and
/// footnotes, deleted text of tracked changes, and list numbers that Word generates (only typed text is in the file).</para>
/// <para><b>Positions</b> (<see cref="SourceCell.Position"/>): a Word file has no lines, so
/// <see cref="Text.SourcePosition.Line"/> is the ordinal, from 1, of the paragraph or table row in the body —
/// every paragraph outside tables and every table row counts one, in document order (a nested table's rows
/// after the row that holds it). <see cref="Text.SourcePosition.Column"/> is, for a table cell, its first grid
/// column (from 1); for a narrative cell, the piece of its paragraph (1, then 2 after the first line break, …).</para>
/// </remarks>
public sealed class DocxLayoutReader : IDocumentReader
{
    /// <inheritdoc />
    public LayoutKind Kind => LayoutKind.Docx;

    /// <summary>Reads the document's cells into a new list.</summary>
    /// <param name="document">The .docx file's bytes.</param>
    /// <returns>The cells and the outcome.</returns>
    public (IReadOnlyList<SourceCell> Cells, DocumentReadOutcome Outcome) Read(ReadOnlySpan<byte> document)
    {
        var cells = new List<SourceCell>();
        var outcome = ReadInto(document, cells);
        return (cells, outcome);
    }

    /// <inheritdoc />
    public DocumentReadOutcome ReadInto(ReadOnlySpan<byte> document, List<SourceCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (document.IsEmpty)
        {
            return DocumentReadOutcome.Failed("The Word document is empty");
        }

        try
        {
            using var stream = new MemoryStream(document.ToArray(), writable: false);
            using var word = WordprocessingDocument.Open(stream, isEditable: false);
            var body = word.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                return DocumentReadOutcome.Failed("The file is a ZIP package without a Word document body (word/document.xml is missing or empty)");
            }

            DocxCellStream.Read(body, cells);
            return new DocumentReadOutcome(null, 0, []);
        }
        catch (Exception e) when (IsDamagedPackage(e))
        {
            return DocumentReadOutcome.Failed($"The Word document cannot be read, it is damaged or not a .docx file ({e.GetType().Name}: {e.Message})");
        }
    }

    // What System.IO.Packaging, the ZIP reader and the XML parser throw on a truncated or corrupt file, or anything
    // else the Open XML SDK raises while reading it.
    private static bool IsDamagedPackage(Exception e) =>
        e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or IOException
            or InvalidOperationException or NotSupportedException or ArgumentException or UnauthorizedAccessException
        || ThrownInside.Library(e, "DocumentFormat.OpenXml");
}

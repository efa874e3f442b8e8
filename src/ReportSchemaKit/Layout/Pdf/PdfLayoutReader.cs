using System;
using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Fonts;

namespace ReportSchemaKit.Layout;

/// <summary>
/// Reads a PDF's text layer with PdfPig into the same cell stream the other readers produce, rebuilding tables
/// from the geometry of the page rather than from the order the text is drawn in.
/// </summary>
/// <remarks>
/// <para>Each character goes to the box its nearest ruling lines enclose (table borders, grid lines, or the edges
/// of shaded cells; see <see cref="PdfCellRegion"/>): every box with text is one cell, its lines run together, so
/// a label wrapped over several lines inside its cell stays one label and a merged cell is one cell. Cells are
/// read top to bottom by the top edge of their box, then left to right: a row's values follow its label even when
/// the label wraps and the values stand between its lines, and a group label spanning rows comes before the first
/// row it spans. Cells sharing a top edge share a <see cref="SourceCell.Row"/>; a merged cell's
/// <see cref="SourceCell.RowSpan"/> and <see cref="SourceCell.ColSpan"/> count the rows and columns of the page's
/// grid it covers.</para>
/// <para>Text outside ruled boxes is read line by line (characters sharing a baseline, within 0.4 of the font
/// size), and a line is split into cells where a gap wider than the font size separates its parts (columns aligned
/// without rulings). A line of one cell is narrative (<see cref="SourceCell.InTable"/> false). Lines that hold only
/// a page number (-3-, — 5 —, 第5页, 2/5) are dropped, and so are the header rows a table repeats at the top of the
/// next page (<see cref="RepeatedHeaders"/>).</para>
/// <para><b>Positions</b>: <see cref="SourcePosition.Page"/> is the page from 1; <see cref="SourcePosition.Line"/>
/// is the line of that page, from 1 at the top, counting every baseline with text on the page (so line 12 is the
/// twelfth line a person counts down the page, whether in a table or not), for the cell's first character;
/// <see cref="SourcePosition.Column"/> is the cell's place, from 1, among the cells that start on that line, left
/// to right.</para>
/// <para>Pages with images but no text are scans: they are listed in the outcome, and the parser says that they
/// need OCR. A damaged or password-protected file is a failed outcome, never an exception.</para>
/// </remarks>
public sealed class PdfLayoutReader : IDocumentReader
{
    /// <inheritdoc />
    public LayoutKind Kind => LayoutKind.Pdf;

    /// <summary>Reads the document's cells into a new list.</summary>
    /// <param name="document">The PDF file's bytes.</param>
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
            return DocumentReadOutcome.Failed("The PDF file is empty");
        }

        var pagesWithoutText = new List<int>();
        var pages = 0;
        try
        {
            using var pdf = PdfDocument.Open(document.ToArray(), new ParsingOptions { UseLenientParsing = true });
            pages = pdf.NumberOfPages;
            if (PdfCharacterMapCheck.FindOversizedRange(pdf) is { } damage)
            {
                return new DocumentReadOutcome($"The PDF cannot be read: {damage}", pages, pagesWithoutText);
            }

            var headers = new RepeatedHeaders();
            var row = cells.Count == 0 ? -1 : cells.Max(c => c.Row);
            for (var number = 1; number <= pages; number++)
            {
                var page = pdf.GetPage(number);
                if (!HasText(page))
                {
                    if (page.GetImages().Any())
                    {
                        pagesWithoutText.Add(number);
                    }

                    continue;
                }

                var rows = PdfPageLayout.Read(page);
                headers.Filter(rows);
                row = Emit(rows, row, cells);
            }

            return new DocumentReadOutcome(null, pages, pagesWithoutText);
        }
        catch (PdfDocumentEncryptedException e)
        {
            return DocumentReadOutcome.Failed($"The PDF is encrypted and cannot be opened without its password ({e.Message})");
        }
        catch (Exception e) when (IsDamagedDocument(e))
        {
            // PdfPig reports a malformed file with whatever its parser met first; page numbers say how far it got.
            var where = pages > 0 ? $" after {cells.Count} cells of its {pages} pages were read" : string.Empty;
            return new DocumentReadOutcome($"The PDF cannot be read, it is damaged or not a PDF{where} ({e.GetType().Name}: {e.Message})", pages, pagesWithoutText);
        }
    }

    private static bool HasText(Page page)
    {
        foreach (var letter in page.Letters)
        {
            if (!string.IsNullOrWhiteSpace(letter.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Appends a page's rows as cells, numbering rows on from <paramref name="row"/>; returns the last row number used.</summary>
    private static int Emit(List<PdfRow> rows, int row, List<SourceCell> cells)
    {
        // Columns are counted per line of the page: the cells that start on one line, left to right.
        var columns = new Dictionary<int, List<(double Left, int Index)>>();
        foreach (var pdfRow in rows)
        {
            row++;
            var narrative = !pdfRow.Ruled && pdfRow.Cells.Count == 1;
            foreach (var cell in pdfRow.Cells)
            {
                if (!columns.TryGetValue(cell.Line, out var onLine))
                {
                    columns[cell.Line] = onLine = [];
                }

                onLine.Add((cell.Left, cells.Count));
                cells.Add(new SourceCell(cell.Text, new SourcePosition(cell.Line, 1, cell.Page), narrative ? -1 : row, cell.RowSpan, cell.ColSpan, InTable: !narrative));
            }
        }

        foreach (var onLine in columns.Values)
        {
            onLine.Sort(static (a, b) => a.Left.CompareTo(b.Left));
            for (var c = 0; c < onLine.Count; c++)
            {
                var index = onLine[c].Index;
                cells[index] = cells[index] with { Position = cells[index].Position with { Column = c + 1 } };
            }
        }

        return row;
    }

    // PdfPig meets a malformed file with whichever exception its parser hits first: its own format exceptions, the
    // framework's for a value out of range, NotImplementedException for a construct it does not read. The listed
    // types are the usual ones; any other exception raised inside PdfPig is the file's too. Anything raised in this
    // reader's own code (a bug) or out of memory is not the file's fault and is left to surface.
    internal static bool IsDamagedDocument(Exception e) =>
        e is PdfDocumentFormatException or CorruptCompressedDataException or InvalidFontFormatException or InvalidOperationException or ArgumentException or FormatException
            or IndexOutOfRangeException or InvalidCastException or KeyNotFoundException or NullReferenceException
            or OverflowException or NotSupportedException or NotImplementedException or System.IO.IOException or System.IO.InvalidDataException
        || ThrownInside.Library(e, "UglyToad.PdfPig");
}

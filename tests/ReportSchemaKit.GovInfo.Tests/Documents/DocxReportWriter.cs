using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using ReportSchemaKit.GovInfo.Tests.Parsing;
using ReportSchemaKit.Reports;

namespace ReportSchemaKit.GovInfo.Tests.Documents;

/// <summary>
/// Writes a report as a Word document with DocumentFormat.OpenXml, the way agencies publish it: title and prose
/// paragraphs, a heading per section, real Word tables in the official layout — header spans as <c>w:gridSpan</c>,
/// row groups as <c>w:vMerge</c> — and long labels typed over two paragraphs of their cell.
/// </summary>
internal static class DocxReportWriter
{
    // Labels longer than this are typed over two paragraphs, as people do to fit a narrow column.
    private const int WrapAt = 10;

    /// <param name="report">The report.</param>
    /// <param name="year">The year in the title.</param>
    /// <param name="proseParagraphs">Paragraphs of prose before the tables, as many as the PDF writer's prose lines for the same document.</param>
    public static byte[] Write(IReport report, int year, int proseParagraphs = 1)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var body = new Body(Paragraph(LayoutWriter.Title(year)));
            for (var i = 0; i < proseParagraphs; i++)
            {
                body.Append(Paragraph(LayoutWriter.Prose));
            }

            foreach (var table in PrintedReport.Tables(report))
            {
                if (table.Heading is not null)
                {
                    body.Append(Paragraph(table.Heading));
                }

                if (table.Title is not null)
                {
                    body.Append(Paragraph(table.Title));
                }

                body.Append(Table(table));
            }

            body.Append(Paragraph("（以上数据统计期限自1月1日起至12月31日止。）"));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text) => new(new Run(new WordText(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Table Table(DocumentTable printed)
    {
        var table = new Table(new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single }, new BottomBorder { Val = BorderValues.Single })));
        table.Append(new TableGrid(Enumerable.Range(0, printed.Width).Select(_ => new GridColumn { Width = "900" })));

        // Per grid column, the cell spanning down into the current row from above and how many more rows it covers.
        var spanning = new (DocumentCell Cell, int RowsLeft)?[printed.Width];
        foreach (var row in printed.Rows)
        {
            var tableRow = new TableRow();
            var starting = row.ToDictionary(c => c.Column);
            for (var column = 0; column < printed.Width;)
            {
                if (spanning[column] is { } above && above.RowsLeft > 0)
                {
                    tableRow.Append(Cell(above.Cell, new VerticalMerge()));
                    spanning[column] = above.RowsLeft > 1 ? (above.Cell, above.RowsLeft - 1) : null;
                    column += above.Cell.ColSpan;
                    continue;
                }

                if (starting.TryGetValue(column, out var cell))
                {
                    tableRow.Append(Cell(cell, cell.RowSpan > 1 ? new VerticalMerge { Val = MergedCellValues.Restart } : null, cell.Text));
                    spanning[column] = cell.RowSpan > 1 ? (cell, cell.RowSpan - 1) : null;
                    column += cell.ColSpan;
                    continue;
                }

                tableRow.Append(Cell(new DocumentCell(string.Empty, column, 1, 1, false), null));
                column++;
            }

            table.Append(tableRow);
        }

        return table;
    }

    private static TableCell Cell(DocumentCell cell, VerticalMerge? merge, string text = "")
    {
        var properties = new TableCellProperties();
        if (cell.ColSpan > 1)
        {
            properties.Append(new GridSpan { Val = cell.ColSpan });
        }

        if (merge is not null)
        {
            properties.Append(merge);
        }

        var tableCell = new TableCell(properties);
        tableCell.Append(Lines(text).Select(Paragraph));
        return tableCell;
    }

    private static IEnumerable<string> Lines(string text) =>
        text.Length > WrapAt ? [text[..(text.Length / 2)], text[(text.Length / 2)..]] : [text];
}

using System;
using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.GovInfo.Tests.Parsing;
using ReportSchemaKit.Reports;

namespace ReportSchemaKit.GovInfo.Tests.Documents;

/// <summary>What the PDF writer made: the file, its pages, and how many header rows it printed again after a page break.</summary>
internal sealed record WrittenPdf(byte[] Bytes, int Pages, int RepeatedHeaderRows);

/// <summary>
/// Writes a report as a PDF the way word processors print it: prose lines, section headings, and each table in the
/// official layout with every cell's border drawn (merged cells as one box), labels wrapped over as many lines as
/// their column needs, values centred between a wrapped label's lines, a table that does not fit continuing on the
/// next page under its header printed again, and a page number (— 2 —, 第3页, -4-) at the foot of every page.
/// </summary>
internal static class PdfReportWriter
{
    private const double Margin = 50;
    private const double Top = TinyPdfWriter.PageHeight - 50;
    private const double Bottom = 70;
    private const double TextSize = 9;
    private const double LineHeight = 11;
    private const double Padding = 3;
    private const double ValueWidth = 45;
    private const double GroupWidth = 50;

    /// <param name="report">The report.</param>
    /// <param name="year">The year in the title.</param>
    /// <param name="proseLines">Lines of prose before the tables; more push the tables down, so a table crosses a page break.</param>
    public static WrittenPdf Write(IReport report, int year, int proseLines = 3)
    {
        var pdf = new TinyPdfWriter();
        var layout = new PageFlow(pdf);
        layout.Paragraph(LayoutWriter.Title(year), 16);
        for (var i = 0; i < proseLines; i++)
        {
            layout.Paragraph(LayoutWriter.Prose, TextSize);
        }

        var repeated = 0;
        foreach (var table in PrintedReport.Tables(report))
        {
            if (table.Heading is not null)
            {
                layout.Paragraph(table.Heading, 12);
            }

            if (table.Title is not null)
            {
                layout.Paragraph(table.Title, 10);
            }

            repeated += DrawTable(layout, table);
        }

        layout.Finish();
        return new WrittenPdf(pdf.ToBytes(), pdf.PageCount, repeated);
    }

    /// <summary>Draws a table row by row; returns how many header rows were printed again after page breaks.</summary>
    private static int DrawTable(PageFlow flow, DocumentTable table)
    {
        var columns = ColumnLefts(table);
        var heights = table.Rows.Select(row => row.Where(c => c.RowSpan == 1).Select(c => CellHeight(c, columns)).DefaultIfEmpty(LineHeight + (2 * Padding)).Max()).ToList();

        // A cell spanning rows whose text needs more room than its rows give gets it in its last row.
        for (var r = 0; r < table.Rows.Count; r++)
        {
            foreach (var cell in table.Rows[r].Where(c => c.RowSpan > 1))
            {
                var last = Math.Min(r + cell.RowSpan, table.Rows.Count) - 1;
                var missing = CellHeight(cell, columns) - heights.Skip(r).Take(last - r + 1).Sum();
                heights[last] += Math.Max(0, missing);
            }
        }

        // Where each row landed: its page and top edge.
        var placed = new List<(int Page, double Top)>();
        var repeated = 0;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            // A row starting a group keeps on its page the room the group's label needs, as word processors keep a merged cell's text whole.
            var needed = table.Rows[r].Select(c => c.RowSpan > 1 ? CellHeight(c, columns) : 0).Append(heights[r]).Max();
            if (!flow.Fits(needed))
            {
                flow.NewPage();
                if (r >= table.HeaderRows)
                {
                    var header = new List<(int Page, double Top)>();
                    for (var h = 0; h < table.HeaderRows; h++)
                    {
                        header.Add((flow.Page, flow.Cursor));
                        flow.Advance(heights[h]);
                    }

                    for (var h = 0; h < table.HeaderRows; h++)
                    {
                        DrawRowCells(flow, table, columns, h, header, heights);
                    }

                    repeated += table.HeaderRows;
                }
            }

            placed.Add((flow.Page, flow.Cursor));
            flow.Advance(heights[r]);
        }

        for (var r = 0; r < table.Rows.Count; r++)
        {
            DrawRowCells(flow, table, columns, r, placed, heights);
        }

        flow.Advance(LineHeight);
        return repeated;
    }

    /// <summary>
    /// Draws the cells that start in row <paramref name="r"/>: a box per page the cell reaches (a group label spanning
    /// a page break is boxed on both pages), the text in the first box.
    /// </summary>
    private static void DrawRowCells(PageFlow flow, DocumentTable table, double[] columns, int r, List<(int Page, double Top)> placed, List<double> heights)
    {
        foreach (var cell in table.Rows[r])
        {
            var left = columns[cell.Column];
            var right = columns[cell.Column + cell.ColSpan];
            var rows = Enumerable.Range(r, Math.Min(cell.RowSpan, placed.Count - r));
            var segments = rows.GroupBy(row => placed[row].Page)
                .Select(g => (Page: g.Key, Top: placed[g.First()].Top, Height: g.Sum(row => heights[row])))
                .ToList();
            for (var s = 0; s < segments.Count; s++)
            {
                var (page, top, height) = segments[s];
                flow.Pdf(page).Rectangle(left, top - height, right - left, height);
                if (s == 0)
                {
                    DrawText(flow.Pdf(page), cell, left, right, top, height);
                }
            }
        }
    }

    private static void DrawText(TinyPdfWriter pdf, DocumentCell cell, double left, double right, double top, double height)
    {
        if (cell.IsValue)
        {
            // Values are set as large as their column allows and centred in their row, as word processors do.
            var size = Math.Min(TextSize, (right - left - 2 * Padding) / Math.Max(1, cell.Text.Sum(TinyPdfWriter.Advance)));
            pdf.Text(left + Padding, top - (height / 2) - (size * 0.3), size, cell.Text);
            return;
        }

        var lines = Wrap(cell.Text, right - left - 2 * Padding, TextSize);
        for (var l = 0; l < lines.Count; l++)
        {
            pdf.Text(left + Padding, top - Padding - TextSize - (l * LineHeight), TextSize, lines[l]);
        }
    }

    private static double CellHeight(DocumentCell cell, double[] columns) => cell.IsValue
        ? LineHeight + (2 * Padding)
        : (Math.Max(1, Wrap(cell.Text, columns[cell.Column + cell.ColSpan] - columns[cell.Column] - (2 * Padding), TextSize).Count) * LineHeight) + (2 * Padding);

    /// <summary>The x of each grid column's left edge, and of the table's right edge last.</summary>
    private static double[] ColumnLefts(DocumentTable table)
    {
        var values = table.Width - table.LabelColumns;
        var valueWidth = table.LabelColumns == 0 ? (TinyPdfWriter.PageWidth - (2 * Margin)) / values : ValueWidth;
        var labelWidth = TinyPdfWriter.PageWidth - (2 * Margin) - (values * valueWidth) - ((table.LabelColumns - 1) * GroupWidth);
        var lefts = new double[table.Width + 1];
        lefts[0] = Margin;
        for (var c = 0; c < table.Width; c++)
        {
            var width = c >= table.LabelColumns ? valueWidth : c == table.LabelColumns - 1 ? labelWidth : GroupWidth;
            lefts[c + 1] = lefts[c] + width;
        }

        return lefts;
    }

    /// <summary>Breaks text into lines that fit <paramref name="width"/>, character by character (Chinese has no spaces to break at).</summary>
    internal static List<string> Wrap(string text, double width, double size)
    {
        var lines = new List<string>();
        var start = 0;
        var used = 0d;
        for (var i = 0; i < text.Length; i++)
        {
            var advance = TinyPdfWriter.Advance(text[i]) * size;
            if (used + advance > width && i > start)
            {
                lines.Add(text[start..i]);
                start = i;
                used = 0;
            }

            used += advance;
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    /// <summary>The pages and the cursor running down them; numbers each page at its foot.</summary>
    private sealed class PageFlow
    {
        private readonly TinyPdfWriter _pdf;

        public PageFlow(TinyPdfWriter pdf)
        {
            _pdf = pdf;
            NewPage();
        }

        public int Page { get; private set; }

        public double Cursor { get; private set; }

        /// <summary>The writer, set to draw on <paramref name="page"/>.</summary>
        public TinyPdfWriter Pdf(int page) => _pdf.OnPage(page);

        public bool Fits(double height) => Cursor - height >= Bottom;

        public void Advance(double height) => Cursor -= height;

        public void NewPage()
        {
            if (Page > 0)
            {
                NumberPage();
            }

            _pdf.NewPage();
            Page++;
            Cursor = Top;
        }

        public void Paragraph(string text, double size)
        {
            foreach (var line in Wrap(text, TinyPdfWriter.PageWidth - (2 * Margin), size))
            {
                if (!Fits(size * 1.4))
                {
                    NewPage();
                }

                _pdf.OnPage(Page).Text(Margin, Cursor - size, size, line);
                Advance(size * 1.4);
            }
        }

        public void Finish() => NumberPage();

        private void NumberPage()
        {
            var number = Page;
            var text = (number % 3) switch
            {
                0 => $"第{number}页",
                1 => $"— {number} —",
                _ => $"-{number}-",
            };
            _pdf.OnPage(Page).Text((TinyPdfWriter.PageWidth - TinyPdfWriter.Width(text, 10)) / 2, 40, 10, text);
        }
    }
}

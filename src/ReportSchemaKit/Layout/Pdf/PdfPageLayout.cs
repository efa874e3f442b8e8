using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ReportSchemaKit.Text;
using UglyToad.PdfPig.Content;

namespace ReportSchemaKit.Layout;

/// <summary>
/// Rebuilds the rows and cells of one PDF page from geometry, not from the order the text is drawn in: each
/// character goes to the ruled box around it (<see cref="PdfCellRegion"/>), so a label wrapped over three lines
/// is one cell and a row's values share the row of the label they stand beside; characters outside any ruled
/// box are read line by line, split into cells at wide gaps. Page numbers are dropped.
/// </summary>
internal static class PdfPageLayout
{
    // Outside ruled tables, a gap wider than this many font sizes separates two cells of a line (aligned columns).
    private const double CellGap = 1.0;

    // How far inside a row's top-left corner to look for the box of a cell that may be blank.
    private const double ProbeInset = 1.5;

    public static List<PdfRow> Read(Page page)
    {
        var glyphs = Glyphs(page);
        var lineOf = LineNumbers(glyphs);
        var rulings = PdfRulings.Of(page);
        var regions = new Dictionary<PdfCellRegion, List<PdfGlyph>>();
        var free = new List<PdfGlyph>();
        foreach (var glyph in glyphs)
        {
            if (PdfCellRegion.Around(rulings, glyph.CenterX, glyph.CenterY) is { } region)
            {
                if (!regions.TryGetValue(region, out var inside))
                {
                    regions[region] = inside = [];
                }

                inside.Add(glyph);
            }
            else
            {
                free.Add(glyph);
            }
        }

        var items = new List<(double Top, double Left, bool Ruled, PdfCell Cell)>();
        AddRuledCells(page.Number, rulings, regions, lineOf, items);
        AddFreeLines(page.Number, free, lineOf, items);

        // Reading order: top to bottom by where each cell (or line) starts, left to right within a row.
        items.Sort(static (a, b) => a.Top != b.Top ? b.Top.CompareTo(a.Top) : a.Left.CompareTo(b.Left));
        var rows = new List<PdfRow>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var startsRow = i == 0 || item.Top != items[i - 1].Top || item.Ruled != items[i - 1].Ruled;
            if (startsRow)
            {
                rows.Add(new PdfRow(item.Ruled, []));
            }

            rows[^1].Cells.Add(item.Cell);
        }

        rows.RemoveAll(static row => !row.Ruled && IsPageNumber(row));
        return rows;
    }

    /// <summary>The page's visible characters; spaces are gaps between characters, which the geometry already shows.</summary>
    private static List<PdfGlyph> Glyphs(Page page)
    {
        var glyphs = new List<PdfGlyph>(page.Letters.Count);
        foreach (var letter in page.Letters)
        {
            var value = letter.Value;
            if (value.Length == 0 || string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var size = letter.PointSize > 0 ? letter.PointSize : Math.Max(1, letter.BoundingBox.Height);
            var left = Math.Min(letter.StartBaseLine.X, letter.EndBaseLine.X);
            var right = Math.Max(letter.StartBaseLine.X, letter.EndBaseLine.X);
            if (right - left < 0.01)
            {
                right = left + (letter.BoundingBox.Width > 0 ? letter.BoundingBox.Width : size / 2);
            }

            // A letter that decodes to several characters (a ligature such as "ﬁ", or a surrogate pair) keeps them together.
            foreach (var c in value.Length == 1 ? value : value.Normalize(NormalizationForm.FormKC))
            {
                glyphs.Add(new PdfGlyph(c, left, right, letter.StartBaseLine.Y, size, glyphs.Count));
            }
        }

        return glyphs;
    }

    /// <summary>The line of the page (from 1, top down) that each character is on, indexed by <see cref="PdfGlyph.Index"/>.</summary>
    private static int[] LineNumbers(List<PdfGlyph> glyphs)
    {
        var lineOf = new int[glyphs.Count];
        var lines = PdfTextLines.Group([.. glyphs]);
        for (var l = 0; l < lines.Count; l++)
        {
            foreach (var glyph in lines[l])
            {
                lineOf[glyph.Index] = l + 1;
            }
        }

        // Overprinted duplicates were dropped from the lines; they share the line of the character they repeat.
        for (var i = 0; i < lineOf.Length; i++)
        {
            if (lineOf[i] == 0)
            {
                lineOf[i] = i > 0 ? lineOf[i - 1] : 1;
            }
        }

        return lineOf;
    }

    private static void AddRuledCells(int page, PdfRulings rulings, Dictionary<PdfCellRegion, List<PdfGlyph>> regions, int[] lineOf, List<(double, double, bool, PdfCell)> items)
    {
        // The row tops and column lefts of the page's cells, to count how many rows and columns a merged cell covers.
        var tops = regions.Keys.Select(r => r.Top).Distinct().ToList();
        var lefts = regions.Keys.Select(r => r.Left).Distinct().ToList();
        var lineOfRow = new Dictionary<double, int>();
        foreach (var (region, glyphs) in regions)
        {
            var lines = PdfTextLines.Group(glyphs);
            var line = lineOf[lines[0][0].Index];
            lineOfRow[region.Top] = lineOfRow.TryGetValue(region.Top, out var other) ? Math.Min(other, line) : line;
            items.Add((region.Top, region.Left, true, new PdfCell(PdfTextLines.Join(lines), page, line, region.Left, RowSpan(region, tops), ColSpan(region, lefts))));
        }

        // A blank cell is a box with no text at a row and column where other cells have text: a cell the table shows empty.
        foreach (var top in tops)
        {
            foreach (var left in lefts)
            {
                if (PdfCellRegion.Around(rulings, left + ProbeInset, top - ProbeInset) is { } box && box.Top == top && box.Left == left && !regions.ContainsKey(box))
                {
                    regions[box] = [];
                    items.Add((top, left, true, new PdfCell(string.Empty, page, lineOfRow[top], left, RowSpan(box, tops), ColSpan(box, lefts))));
                }
            }
        }
    }

    private static int RowSpan(PdfCellRegion region, List<double> tops) => Math.Max(1, tops.Count(t => t <= region.Top && t > region.Bottom));

    private static int ColSpan(PdfCellRegion region, List<double> lefts) => Math.Max(1, lefts.Count(l => l >= region.Left && l < region.Right));

    private static void AddFreeLines(int page, List<PdfGlyph> free, int[] lineOf, List<(double, double, bool, PdfCell)> items)
    {
        var text = new StringBuilder();
        foreach (var line in PdfTextLines.Group(free))
        {
            var top = line.Max(g => g.Top);
            var start = 0;
            for (var i = 1; i <= line.Count; i++)
            {
                if (i < line.Count && line[i].Left - line[i - 1].Right <= CellGap * line[i].FontSize)
                {
                    continue;
                }

                text.Clear();
                PdfTextLines.Append(text, line, start, i);
                items.Add((top, line[start].Left, false, new PdfCell(CellText.Create(text.ToString()), page, lineOf[line[start].Index], line[start].Left, 1, 1)));
                start = i;
            }
        }
    }

    private static bool IsPageNumber(PdfRow row)
    {
        var text = new StringBuilder();
        foreach (var cell in row.Cells)
        {
            text.Append(cell.Text);
        }

        return PageNumbers.IsPageNumber(text.ToString());
    }
}

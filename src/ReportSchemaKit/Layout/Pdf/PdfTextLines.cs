using System;
using System.Collections.Generic;
using System.Text;

namespace ReportSchemaKit.Layout;

/// <summary>Characters grouped into lines by their baselines, and the text of a line or of a cell's lines.</summary>
internal static class PdfTextLines
{
    // Characters whose baselines differ by less than this share a line (a fraction of the font size, so small
    // print and large print are judged alike; raised or lowered characters stay on their line).
    private const double BaselineTolerance = 0.4;

    // A gap wider than this (in font sizes) between two ASCII letters or digits is a space between words.
    private const double WordGap = 0.2;

    /// <summary>The lines, top to bottom, each with its characters left to right.</summary>
    public static List<List<PdfGlyph>> Group(List<PdfGlyph> glyphs)
    {
        glyphs.Sort(static (a, b) => b.Baseline.CompareTo(a.Baseline));
        var lines = new List<List<PdfGlyph>>();
        List<PdfGlyph>? line = null;
        var baseline = 0d;
        foreach (var glyph in glyphs)
        {
            if (line is null || Math.Abs(baseline - glyph.Baseline) > BaselineTolerance * glyph.FontSize)
            {
                line = [];
                lines.Add(line);
                baseline = glyph.Baseline;
            }

            line.Add(glyph);
        }

        foreach (var l in lines)
        {
            l.Sort(static (a, b) => a.Left.CompareTo(b.Left));
            RemoveOverprints(l);
        }

        return lines;
    }

    /// <summary>
    /// Drops a character printed again on top of itself: word processors fake bold type by printing each character
    /// twice, a fraction of a point apart, which would otherwise read as "三三、、".
    /// </summary>
    private static void RemoveOverprints(List<PdfGlyph> line)
    {
        var kept = 0;
        for (var i = 0; i < line.Count; i++)
        {
            var glyph = line[i];
            if (kept > 0 && line[kept - 1].Value == glyph.Value && Math.Abs(line[kept - 1].Left - glyph.Left) < 0.3 * glyph.FontSize)
            {
                continue;
            }

            line[kept++] = glyph;
        }

        line.RemoveRange(kept, line.Count - kept);
    }

    /// <summary>A cell's text: its lines run together, as a wrapped label is one label.</summary>
    public static string Join(List<List<PdfGlyph>> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Append(text, line, 0, line.Count);
        }

        return CellText.Create(text.ToString());
    }

    /// <summary>Appends the characters <paramref name="from"/> to <paramref name="to"/> of a line, with spaces only between Latin words.</summary>
    public static void Append(StringBuilder text, List<PdfGlyph> line, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var glyph = line[i];
            var previous = text.Length > 0 ? text[^1] : ' ';
            var farFromPrevious = i == from || glyph.Left - line[i - 1].Right > WordGap * glyph.FontSize;
            if (char.IsAsciiLetterOrDigit(previous) && char.IsAsciiLetterOrDigit(glyph.Value) && farFromPrevious)
            {
                text.Append(' ');
            }

            text.Append(glyph.Value);
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ReportSchemaKit.GovInfo.Tests.Parsing;

/// <summary>
/// Draws a printed table with a rule under every row, as w3m draws a bordered HTML table with box-drawing characters
/// and pandoc a grid table with ASCII: a long label wraps inside its cell, a group's cell spans its rows with its
/// text in the middle of the span, and a blank value is an empty cell.
/// </summary>
internal static class DrawnGrid
{
    /// <summary>The characters of one drawing style.</summary>
    internal sealed record Style(char Vertical, char Horizontal, char HeaderHorizontal, char Cross, char LeftTee, char RightTee);

    public static readonly Style Box = new('│', '─', '─', '┼', '├', '┤');

    public static readonly Style Ascii = new('|', '-', '=', '+', '+', '+');

    public static void Write(StringBuilder text, PrintedTable table, Style style, int labelWidth)
    {
        var widths = table.ColumnWidths(labelWidth);
        int inner = widths.Sum() + widths.Length - 1;
        var allRule = Enumerable.Repeat(true, widths.Length).ToArray();
        Rule(text, style, widths, allRule, style.Horizontal);
        for (int h = 0; h < table.Headers.Count; h++)
        {
            foreach (var line in TextGridWriter.Wrap(table.Headers[h], inner))
            {
                text.Append(style.Vertical).Append(TextGridWriter.Pad(line, inner)).Append(style.Vertical).Append('\n');
            }

            Rule(text, style, widths, allRule, h == table.Headers.Count - 1 ? style.HeaderHorizontal : style.Horizontal);
        }

        for (int r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var lines = new List<string>[widths.Length];
            for (int c = 0; c < widths.Length; c++)
            {
                var cell = row.Cells[c];
                bool middle = r == cell.SpanStart + ((cell.SpanLength - 1) / 2);
                lines[c] = cell.Text.Length == 0 || (c < table.GroupColumns && !middle) ? [] : TextGridWriter.Wrap(cell.Text, widths[c]);
            }

            int height = System.Math.Max(1, lines.Max(l => l.Count));
            for (int l = 0; l < height; l++)
            {
                text.Append(style.Vertical);
                for (int c = 0; c < widths.Length; c++)
                {
                    text.Append(TextGridWriter.Pad(l < lines[c].Count ? lines[c][l] : string.Empty, widths[c])).Append(style.Vertical);
                }

                text.Append('\n');
            }

            // Under a row, a rule ends every cell but a group that goes on into the next row.
            var ends = row.Cells.Select(c => c.EndsSpan).ToArray();
            Rule(text, style, widths, ends, style.Horizontal);
        }
    }

    private static void Rule(StringBuilder text, Style style, int[] widths, bool[] ruled, char horizontal)
    {
        text.Append(ruled[0] ? style.LeftTee : style.Vertical);
        for (int c = 0; c < widths.Length; c++)
        {
            text.Append(ruled[c] ? horizontal : ' ', widths[c]);
            bool right = c + 1 < widths.Length && ruled[c + 1];
            text.Append(c + 1 == widths.Length ? (ruled[c] ? style.RightTee : style.Vertical)
                : ruled[c] && right ? style.Cross
                : ruled[c] ? style.RightTee
                : right ? style.LeftTee
                : style.Vertical);
        }

        text.Append('\n');
    }
}

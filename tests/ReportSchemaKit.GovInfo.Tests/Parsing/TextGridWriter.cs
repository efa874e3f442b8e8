using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ReportSchemaKit.Reports;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.GovInfo.Tests.Parsing;

/// <summary>
/// Writes a report's tables in the shapes text converters give them (<see cref="TextGridShape"/>), hand-made in the
/// exact form the tools produce: box-drawing grids whose row groups span rows (w3m), '_'-padded pipes (html2text),
/// ASCII grids with labels wrapped inside their cells (pandoc), single-space lines (pdftotext -raw), and a label
/// sharing its cell with its first value. A missing value is a blank cell where the shape can show one, and the
/// empty marker "/" where it cannot.
/// </summary>
internal static class TextGridWriter
{
    public static string Write(IReport report, TextGridShape shape, int year)
    {
        var text = new StringBuilder(LayoutWriter.Title(year)).Append("\n\n").Append(LayoutWriter.Prose).Append("\n\n");
        foreach (var (section, table) in LayoutWriter.Tables(report.Template))
        {
            if (section is not null)
            {
                text.Append(section).Append("\n\n");
            }

            var printed = PrintedTable.Of(report, table, section);
            switch (shape)
            {
                case TextGridShape.BoxDrawing:
                    DrawnGrid.Write(text, printed, DrawnGrid.Box, labelWidth: 16);
                    break;
                case TextGridShape.PandocGrid:
                    DrawnGrid.Write(text, printed, DrawnGrid.Ascii, labelWidth: 24);
                    break;
                case TextGridShape.UnderscorePipes:
                    UnderscorePipes(text, printed);
                    break;
                case TextGridShape.RawLines:
                    RawLines(text, printed);
                    break;
                case TextGridShape.LabelWithValue:
                    LabelWithValue(text, printed);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(shape));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>html2text: a border of '_' on top, every cell padded with '_' to its width, a group cell blank below its first row.</summary>
    private static void UnderscorePipes(StringBuilder text, PrintedTable table)
    {
        var widths = table.ColumnWidths(labelWidth: table.LabelWidth);
        text.Append(' ').Append('_', widths.Sum() + widths.Length).Append('\n');
        foreach (var header in table.Headers)
        {
            text.Append('|').Append(Pad(header, widths.Sum() + widths.Length - 1, '_')).Append("|\n");
        }

        foreach (var row in table.Rows)
        {
            text.Append('|');
            for (int c = 0; c < row.Cells.Length; c++)
            {
                var cell = row.Cells[c];
                var padding = cell.Continues && !cell.EndsSpan ? ' ' : '_';
                text.Append(Pad(cell.Continues ? string.Empty : cell.Text, widths[c], padding)).Append('|');
            }

            text.Append('\n');
        }
    }

    /// <summary>pdftotext -raw: one line per row, single spaces, a long label wrapped with its values after its end.</summary>
    private static void RawLines(StringBuilder text, PrintedTable table)
    {
        foreach (var header in table.Headers)
        {
            text.Append(header).Append('\n');
        }

        foreach (var row in table.Rows)
        {
            foreach (var group in row.Cells.Take(table.GroupColumns).Where(c => !c.Continues && c.Text.Length > 0))
            {
                text.Append(group.Text).Append('\n');
            }

            var values = string.Join(' ', row.Values.Select(v => v.Length == 0 ? "/" : v));
            if (row.Label.Length == 0)
            {
                text.Append(values).Append('\n');
            }
            else if (row.Label.Length > 16)
            {
                text.Append(row.Label[..16]).Append('\n').Append(row.Label[16..]).Append(' ').Append(values).Append('\n');
            }
            else
            {
                text.Append(row.Label).Append(' ').Append(values).Append('\n');
            }
        }
    }

    /// <summary>One cell per line with blank lines between, a row's label and first value in one cell.</summary>
    private static void LabelWithValue(StringBuilder text, PrintedTable table)
    {
        foreach (var header in table.Headers)
        {
            text.Append(header).Append("\n\n");
        }

        foreach (var row in table.Rows)
        {
            foreach (var group in row.Cells.Take(table.GroupColumns).Where(c => !c.Continues && c.Text.Length > 0))
            {
                text.Append(group.Text).Append("\n\n");
            }

            var values = row.Values.Select(v => v.Length == 0 ? "\u00A0" : v).ToList();
            if (row.Label.Length > 0 && row.Values[0].Length > 0)
            {
                text.Append(row.Label).Append(' ').Append(values[0]).Append("\n\n");
                values.RemoveAt(0);
            }
            else if (row.Label.Length > 0)
            {
                text.Append(row.Label).Append("\n\n");
            }

            foreach (var value in values)
            {
                text.Append(value).Append("\n\n");
            }
        }
    }

    /// <summary>The text padded to a terminal width with <paramref name="padding"/>.</summary>
    internal static string Pad(string text, int width, char padding = ' ') =>
        text + new string(padding, Math.Max(0, width - Width(text)));

    /// <summary>Terminal columns, as converters count them: CJK text and fullwidth forms take two.</summary>
    internal static int Width(string text) => text.Sum(c => c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6') ? 2 : 1);

    /// <summary>The text broken into lines of at most <paramref name="width"/> terminal columns.</summary>
    internal static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        int used = 0;
        foreach (char c in text)
        {
            int w = Width(c.ToString());
            if (used + w > width && line.Length > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
                used = 0;
            }

            line.Append(c);
            used += w;
        }

        lines.Add(line.ToString());
        return lines;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>Prints the rows of a report in a style; with no damage, Lines and Tabs print exactly what LayoutWriter writes.</summary>
internal static class DamageRenderer
{
    public static string Render(IReadOnlyList<DamageRow> rows, DamageStyle style) => style.Kind switch
    {
        StyleKind.Lines => string.Join("\n\n", rows.SelectMany(r => r.Cells).Select(c => Text(c, style))) + "\n",
        StyleKind.Tabs => Join(rows, style, r => r.Kind is RowKind.Header or RowKind.Data ? "\t" + string.Join('\t', Texts(r, style)) : Plain(r)),
        StyleKind.Pipes => Pipes(rows, style),
        StyleKind.Aligned => Join(rows, style, r => r.Kind is RowKind.Header or RowKind.Data ? string.Join("    ", Texts(r, style)) : Plain(r)),
        StyleKind.Grid => Grid(rows, style),
        StyleKind.Spaces => Join(rows, style, r => string.Join(' ', Texts(r, style).Where(t => t.Length > 0))),
        StyleKind.Box => Bars(rows, style, '│', ' ', box: true),
        StyleKind.UnderscorePipes => Bars(rows, style, '|', '_', box: false),
        _ => throw new ArgumentOutOfRangeException(nameof(style)),
    };

    private static string Text(DamageCell cell, DamageStyle style) => cell.IsBlank ? style.Blank : cell.Text;

    private static IEnumerable<string> Texts(DamageRow row, DamageStyle style) => row.Cells.Select(c => Text(c, style));

    private static string Plain(DamageRow row) => string.Join(' ', row.Cells.Select(c => c.Text));

    private static string Join(IReadOnlyList<DamageRow> rows, DamageStyle style, Func<DamageRow, string> line) =>
        string.Concat(rows.Select(r => line(r) + "\n"));

    private static string Pipes(IReadOnlyList<DamageRow> rows, DamageStyle style)
    {
        var text = new StringBuilder();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            switch (row.Kind)
            {
                case RowKind.Text:
                    text.Append(i == 0 ? "# " : string.Empty).Append(Plain(row)).Append("\n\n");
                    break;
                case RowKind.Heading:
                    text.Append("## ").Append(Plain(row)).Append("\n\n");
                    break;
                case RowKind.Header:
                    text.Append("| ").AppendJoin(" | ", Texts(row, style)).Append(" |\n|").Append(string.Concat(Enumerable.Repeat("---|", row.Cells.Count))).Append('\n');
                    break;
                case RowKind.Data:
                    text.Append("| ").AppendJoin(" | ", Texts(row, style)).Append(" |\n");
                    break;
                default:
                    text.Append(Plain(row)).Append('\n');
                    break;
            }

            // A table ends where a line of another kind follows its rows.
            if (row.Kind is RowKind.Data or RowKind.Noise && (i + 1 == rows.Count || rows[i + 1].Kind is RowKind.Text or RowKind.Heading or RowKind.Header))
            {
                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Grid(IReadOnlyList<DamageRow> rows, DamageStyle style)
    {
        var random = new Random(style.Seed);
        return Join(rows, style, r => r.Kind is RowKind.Header or RowKind.Data
            ? new string(' ', random.Next(0, 4)) + string.Join(string.Empty, Texts(r, style).Select((t, i) => (i == 0 ? string.Empty : new string(' ', random.Next(2, 7))) + t))
            : Plain(r));
    }

    /// <summary>Cells between bars, padded to their column's widest text; box style adds the rules w3m draws.</summary>
    private static string Bars(IReadOnlyList<DamageRow> rows, DamageStyle style, char bar, char pad, bool box)
    {
        var widths = new Dictionary<(string?, int), int>();
        foreach (var row in rows.Where(r => r.Kind is RowKind.Header or RowKind.Data))
        {
            for (var c = 0; c < row.Cells.Count; c++)
            {
                widths[(row.Table, c)] = Math.Max(widths.GetValueOrDefault((row.Table, c)), Text(row.Cells[c], style).Length + 1);
            }
        }

        var text = new StringBuilder();
        foreach (var row in rows)
        {
            if (row.Kind is not (RowKind.Header or RowKind.Data))
            {
                text.Append(Plain(row)).Append('\n');
                continue;
            }

            var cells = row.Cells.Select((c, i) => Text(c, style).PadRight(widths[(row.Table, i)], pad)).ToList();
            text.Append(bar).AppendJoin(bar, cells).Append(bar).Append('\n');
            if (box)
            {
                text.Append('├').AppendJoin('┼', cells.Select(c => new string('─', c.Length))).Append('┤').Append('\n');
            }
        }

        return text.ToString();
    }
}

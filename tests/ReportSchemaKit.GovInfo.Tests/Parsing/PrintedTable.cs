using System;
using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Reports;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.GovInfo.Tests.Parsing;

/// <summary>One cell of a printed table row: a group label (which may span rows), the row label or a value.</summary>
/// <param name="Text">The text; empty for a blank cell.</param>
/// <param name="Continues">A group cell that continues the same group from the row above (no rule between them).</param>
/// <param name="EndsSpan">The group's last row, or a cell that spans nothing.</param>
/// <param name="SpanStart">The row where this cell's span starts.</param>
/// <param name="SpanLength">How many rows the span covers.</param>
internal sealed record PrintedCell(string Text, bool Continues = false, bool EndsSpan = true, int SpanStart = 0, int SpanLength = 1);

/// <summary>A printed row: its cells (group columns, then the label, then the values), its label and its values.</summary>
internal sealed record PrintedRow(PrintedCell[] Cells, string Label, string[] Values);

/// <summary>A table as a converter prints it: the header texts, then rows with group columns that span rows.</summary>
internal sealed class PrintedTable
{
    private PrintedTable(List<string> headers, int groupColumns, List<PrintedRow> rows)
    {
        Headers = headers;
        GroupColumns = groupColumns;
        Rows = rows;
    }

    public List<string> Headers { get; }

    /// <summary>How many group columns come before the label column (0 for a table printed as one row of values).</summary>
    public int GroupColumns { get; }

    public List<PrintedRow> Rows { get; }

    /// <summary>The widest row label, in terminal columns, with room for padding.</summary>
    public int LabelWidth => Rows.Max(r => TextGridWriter.Width(r.Label)) + 2;

    public static PrintedTable Of(IReport report, TableInfo table, string? section)
    {
        var headers = LayoutWriter.HeaderTexts(table, section).ToList();
        if (table.Layout.Body == TableBodyLayout.SingleRow)
        {
            var values = table.Rows.SelectMany(r => LayoutWriter.Values(report, table, r, blank: string.Empty)).ToArray();
            return new PrintedTable(headers, 0, [new PrintedRow(values.Select(v => new PrintedCell(v)).ToArray(), string.Empty, values)]);
        }

        int levels = table.Rows.Max(r => r.Groups.Count);
        var rows = new List<PrintedRow>();
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var cells = new List<PrintedCell>();
            for (int level = 0; level < levels; level++)
            {
                cells.Add(GroupCell(table, r, level));
            }

            var values = LayoutWriter.Values(report, table, row, blank: string.Empty).ToArray();
            cells.Add(new PrintedCell(row.Label));
            cells.AddRange(values.Select(v => new PrintedCell(v)));
            rows.Add(new PrintedRow(cells.ToArray(), row.Label, values));
        }

        return new PrintedTable(headers, levels, rows);
    }

    /// <summary>Terminal widths of the columns: group columns narrow (their labels wrap), the label column as asked, values as wide as they need.</summary>
    public int[] ColumnWidths(int labelWidth)
    {
        int columns = Rows[0].Cells.Length;
        var widths = new int[columns];
        for (int c = 0; c < columns; c++)
        {
            widths[c] = c < GroupColumns ? 8
                : c == GroupColumns && Rows[0].Label.Length > 0 ? labelWidth
                : Math.Max(2, Rows.Max(r => TextGridWriter.Width(r.Cells[c].Text))) + 1;
        }

        return widths;
    }

    private static PrintedCell GroupCell(TableInfo table, int r, int level)
    {
        string? Group(int i) => i >= 0 && i < table.Rows.Count && table.Rows[i].Groups.Count > level ? table.Rows[i].Groups[level].Label : null;

        var label = Group(r);
        if (label is null)
        {
            return new PrintedCell(string.Empty);
        }

        int start = r;
        while (Group(start - 1) == label)
        {
            start--;
        }

        int end = r;
        while (Group(end + 1) == label)
        {
            end++;
        }

        return new PrintedCell(label, Continues: start < r, EndsSpan: end == r, SpanStart: start, SpanLength: end - start + 1);
    }
}

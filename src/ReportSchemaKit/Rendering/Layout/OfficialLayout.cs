using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.Rendering.Layout;

/// <summary>
/// Lays a template's tables out as the official format prints them, from the descriptor alone: the
/// header spans the template declares (section 四's two-level header over fifteen numbers) or, where it
/// declares none, a header derived from the column groups; row groups as cells spanning their rows to the
/// left of the row labels; a label with fewer groups than its neighbours spanning the free label columns.
/// Every renderer that draws the official layout (HTML, the one-cell-per-line text, the documentation)
/// starts from this, so they cannot disagree.
/// </summary>
public static class OfficialLayout
{
    private static readonly ConditionalWeakTable<ReportTemplate, IReadOnlyList<PrintedSection>> Cache = new();

    /// <summary>The template's sections and tables, laid out; computed once per template.</summary>
    public static IReadOnlyList<PrintedSection> Of(ReportTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return Cache.GetValue(template, static t => t.Sections
            .Select(section => new PrintedSection(section, section.Tables.Select(table => Lay(t, section, table)).ToArray()))
            .ToArray());
    }

    private static PrintedTable Lay(ReportTemplate template, SectionInfo section, TableInfo table)
    {
        var title = section.Label.Contains(table.Label, StringComparison.Ordinal) ? null : table.Label;
        var singleRow = table.Layout.Body == TableBodyLayout.SingleRow;
        var labelColumns = singleRow ? 0 : 1 + table.Rows.Max(r => r.Groups.Count);
        var valueColumns = singleRow ? table.Rows.Count * table.Columns.Count : table.Columns.Count;
        var header = Header(table, singleRow, labelColumns, valueColumns);
        var body = singleRow ? [SingleRowBody(template, table)] : GridBody(template, table, labelColumns);
        return new PrintedTable(table, title, labelColumns, labelColumns + valueColumns, header, body);
    }

    private static List<IReadOnlyList<PrintedCell>> Header(TableInfo table, bool singleRow, int labelColumns, int valueColumns)
    {
        var rows = new List<List<PrintedCell>>();
        if (singleRow && table.RowHeader is not null)
        {
            // A single printed line has no label column for the row header to stand above.
            rows.Add([new PrintedCell(PrintedCellRole.ColumnHeader, table.RowHeader, 0, ColSpan: valueColumns)]);
        }

        if (table.ColumnHeader is not null)
        {
            rows.Add([new PrintedCell(PrintedCellRole.ColumnHeader, table.ColumnHeader, labelColumns, ColSpan: valueColumns)]);
        }

        rows.AddRange(table.Layout.HeaderRows.Count > 0
            ? DeclaredHeader(table.Layout.HeaderRows, labelColumns, valueColumns)
            : singleRow ? SingleRowHeader(table) : GroupHeader(table, labelColumns));

        if (labelColumns > 0 && rows.Count > 0)
        {
            rows[0].Insert(0, new PrintedCell(PrintedCellRole.Corner, table.RowHeader ?? string.Empty, 0, rows.Count, labelColumns));
        }

        return rows.Select(r => (IReadOnlyList<PrintedCell>)r).ToList();
    }

    /// <summary>The header as the template declares it: each cell goes to the first column not covered by a row span from above.</summary>
    private static IEnumerable<List<PrintedCell>> DeclaredHeader(IReadOnlyList<IReadOnlyList<HeaderCell>> declared, int labelColumns, int valueColumns)
    {
        var coveredUntilRow = new int[valueColumns];
        for (var r = 0; r < declared.Count; r++)
        {
            var row = new List<PrintedCell>();
            var column = 0;
            foreach (var cell in declared[r])
            {
                while (column < valueColumns && coveredUntilRow[column] > r)
                {
                    column++;
                }

                row.Add(new PrintedCell(PrintedCellRole.ColumnHeader, cell.Text, labelColumns + column, cell.RowSpan, cell.ColSpan));
                for (var c = column; c < Math.Min(valueColumns, column + cell.ColSpan); c++)
                {
                    coveredUntilRow[c] = r + cell.RowSpan;
                }

                column += cell.ColSpan;
            }

            yield return row;
        }
    }

    /// <summary>
    /// The header of a grid table from its column groups: one printed row per group level, a group spanning
    /// its consecutive columns, and a column with fewer groups than the deepest spanning the rows left below it.
    /// </summary>
    private static IEnumerable<List<PrintedCell>> GroupHeader(TableInfo table, int labelColumns)
    {
        var depth = table.Columns.Max(c => c.Groups.Count);
        for (var level = 0; level <= depth; level++)
        {
            var row = new List<PrintedCell>();
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var column = table.Columns[c];
                if (level == column.Groups.Count)
                {
                    row.Add(new PrintedCell(PrintedCellRole.ColumnHeader, column.Label, labelColumns + c, RowSpan: depth + 1 - level));
                }
                else if (level < column.Groups.Count && (c == 0 || !SamePath(table.Columns[c - 1].Groups, column.Groups, level)))
                {
                    var span = 1;
                    while (c + span < table.Columns.Count && SamePath(table.Columns[c + span].Groups, column.Groups, level))
                    {
                        span++;
                    }

                    row.Add(new PrintedCell(PrintedCellRole.ColumnHeader, column.Groups[level].Label, labelColumns + c, ColSpan: span));
                }
            }

            yield return row;
        }
    }

    /// <summary>Where a single-row table declares no header: each row's label over its columns, then the column labels.</summary>
    private static IEnumerable<List<PrintedCell>> SingleRowHeader(TableInfo table)
    {
        var columns = table.Columns.Count;
        yield return table.Rows.Select(r => new PrintedCell(PrintedCellRole.ColumnHeader, r.Label, r.Index * columns, ColSpan: columns)).ToList();
        yield return table.Rows.SelectMany(r => table.Columns.Select(c => new PrintedCell(PrintedCellRole.ColumnHeader, c.Label, (r.Index * columns) + c.Index))).ToList();
    }

    private static List<IReadOnlyList<PrintedCell>> GridBody(ReportTemplate template, TableInfo table, int labelColumns)
    {
        var rows = new List<IReadOnlyList<PrintedCell>>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var cells = new List<PrintedCell>();
            for (var level = 0; level < row.Groups.Count; level++)
            {
                if (row.Index == 0 || !SamePath(table.Rows[row.Index - 1].Groups, row.Groups, level))
                {
                    var span = 1;
                    while (row.Index + span < table.Rows.Count && SamePath(table.Rows[row.Index + span].Groups, row.Groups, level))
                    {
                        span++;
                    }

                    cells.Add(new PrintedCell(PrintedCellRole.RowGroup, row.Groups[level].Label, level, RowSpan: span));
                }
            }

            cells.Add(new PrintedCell(PrintedCellRole.RowLabel, row.Label, row.Groups.Count, ColSpan: labelColumns - row.Groups.Count));
            cells.AddRange(table.Columns.Select(column => ValueCell(template, table, row, column, labelColumns + column.Index)));
            rows.Add(cells);
        }

        return rows;
    }

    private static PrintedCell[] SingleRowBody(ReportTemplate template, TableInfo table) =>
        table.Rows.SelectMany(row => table.Columns.Select(column => ValueCell(template, table, row, column, (row.Index * table.Columns.Count) + column.Index))).ToArray();

    private static PrintedCell ValueCell(ReportTemplate template, TableInfo table, RowInfo row, ColumnInfo column, int printedColumn) =>
        new(PrintedCellRole.Value, string.Empty, printedColumn, Cell: template.Cells[table.CellOrdinal(row.Index, column.Index)]);

    /// <summary>True where both group paths agree from the outermost group down to <paramref name="level"/>.</summary>
    private static bool SamePath(IReadOnlyList<HeaderGroup> a, IReadOnlyList<HeaderGroup> b, int level)
    {
        if (a.Count <= level || b.Count <= level)
        {
            return false;
        }

        for (var l = 0; l <= level; l++)
        {
            if (!string.Equals(a[l].Label, b[l].Label, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}

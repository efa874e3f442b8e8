using System;
using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Generator.Spec;

namespace ReportSchemaKit.Generator.Emitting.Rules;

/// <summary>
/// Where every cell of a template sits: tables in printed order, each numbered row by row, column by
/// column from its first ordinal — the numbering the generated <c>GetValue</c> and the runtime descriptor use.
/// </summary>
internal sealed class CellMap
{
    private readonly Dictionary<string, (TableSpec Table, int FirstOrdinal)> _tables = new(StringComparer.Ordinal);

    public CellMap(IEnumerable<TableSpec> tables)
    {
        var next = 0;
        foreach (var table in tables)
        {
            _tables.Add(table.Id, (table, next));
            Tables.Add(table);
            next += table.Rows.Count * table.Columns.Count;
        }

        CellCount = next;
    }

    public List<TableSpec> Tables { get; } = [];

    public int CellCount { get; }

    public static CellMap Of(TemplateSpec spec) => new(spec.Sections.SelectMany(s => s.Tables));

    /// <exception cref="InvalidOperationException">No such table; the parser resolves names first, so this is a bug.</exception>
    public TableSpec Table(string id) =>
        _tables.TryGetValue(id, out var entry) ? entry.Table : throw new InvalidOperationException($"The rule names table '{id}', which the template lacks.");

    /// <exception cref="InvalidOperationException">No such cell; the parser resolves names first, so this is a bug.</exception>
    public int Ordinal(string table, string row, string column)
    {
        var (spec, first) = _tables.TryGetValue(table, out var entry)
            ? entry
            : throw new InvalidOperationException($"The rule names table '{table}', which the template lacks.");
        var rowIndex = IndexOf(spec.Rows.Select(r => r.Id), row, table);
        var columnIndex = IndexOf(spec.Columns.Select(c => c.Id), column, table);
        return first + (rowIndex * spec.Columns.Count) + columnIndex;
    }

    public ColumnSpec Column(string table, string column) => Table(table).Columns.First(c => c.Id == column);

    private static int IndexOf(IEnumerable<string> ids, string id, string table)
    {
        var index = 0;
        foreach (var candidate in ids)
        {
            if (candidate == id)
            {
                return index;
            }

            index++;
        }

        throw new InvalidOperationException($"Table {table} has no row or column '{id}'.");
    }
}

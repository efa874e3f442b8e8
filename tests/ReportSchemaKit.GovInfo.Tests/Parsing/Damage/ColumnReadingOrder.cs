using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>
/// pdftotext's default reading order: for a block of rows of one table, the labels first, then the values one per
/// line; blank cells print nothing.
/// </summary>
internal static class ColumnReadingOrder
{
    public static List<DamageRow> Apply(IReadOnlyList<DamageRow> rows, Random random)
    {
        var tables = rows.Where(r => r.Kind == RowKind.Data && r.Row >= 0).Select(r => r.Table).Distinct().ToList();
        var table = tables[random.Next(tables.Count)];
        var members = Enumerable.Range(0, rows.Count).Where(i => rows[i].Kind == RowKind.Data && rows[i].Table == table && rows[i].Row >= 0).ToList();
        var length = random.Next(2, members.Count + 1);
        var start = random.Next(0, members.Count - length + 1);
        var block = members.Skip(start).Take(length).ToList();
        var result = rows.Take(block[0]).ToList();
        var inBlock = rows.Skip(block[0]).Take(block[^1] - block[0] + 1).ToList();
        result.AddRange(inBlock.Select(r => r.With(r.Cells.Where(c => c.Kind != CellKind.Value))));
        result.AddRange(inBlock.SelectMany(r => r.Values.Where(c => !c.IsBlank).Select(c => r.With([c]))));
        result.AddRange(rows.Skip(block[^1] + 1));
        return result;
    }
}

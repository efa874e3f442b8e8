using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>
/// A column lost from a table's rows, its numbers printed as loose text on the next line, as PDF→Markdown converters
/// print 第二十条第（一）项 (<c>55（含自然失效 29 件）</c>). The lost cells do not survive: nothing places them.
/// </summary>
internal static class ColumnLost
{
    public static List<DamageRow> Apply(IReadOnlyList<DamageRow> rows, Random random, ReportTemplate template)
    {
        var tables = template.Tables.Where(t => t.Layout.Body == TableBodyLayout.Grid && t.Columns.Count > 1).ToList();
        var table = tables[random.Next(tables.Count)];
        var column = random.Next(table.Columns.Count);
        var lost = new HashSet<int>(table.Rows.Select(r => table.CellOrdinal(r.Index, column)));
        var targets = DamageTargets.Rows(rows, random, r => r.Table == table.Id);
        var style = random.Next(3);
        return DamageTargets.Replace(rows, targets, r =>
        {
            // An earlier damage (blanks vanished, another column lost) may have taken the cell already.
            var cell = r.Cells.SingleOrDefault(c => lost.Contains(c.Ordinal));
            var kept = r.With(r.Cells.Where(c => c != cell));
            if (cell is null || cell.IsBlank)
            {
                return [kept];
            }

            var loose = style switch
            {
                0 => cell.Text + "（含自然失效 " + random.Next(0, 50).ToString(CultureInfo.InvariantCulture) + " 件）",
                1 => "（" + cell.Text + "）",
                _ => "其中" + cell.Text + "件",
            };
            return [kept, DamageRow.Line(RowKind.Noise, loose, r.Table)];
        });
    }
}

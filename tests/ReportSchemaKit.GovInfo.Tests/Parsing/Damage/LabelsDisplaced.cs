using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>Labels on a line of their own one line above their values (before the previous row) or right below them.</summary>
internal static class LabelsDisplaced
{
    public static List<DamageRow> Apply(IReadOnlyList<DamageRow> rows, Random random)
    {
        var targets = DamageTargets.Rows(rows, random);
        var above = random.Next(2) == 0;
        var result = new List<DamageRow>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!targets.Contains(i))
            {
                result.Add(row);
                continue;
            }

            var label = row.With(row.Cells.Where(c => c.Kind != CellKind.Value));
            var values = row.With(row.Values);
            if (!above)
            {
                result.AddRange([values, label]);
                continue;
            }

            // Above the previous line where that line is a row of the same table, else simply on the line above.
            var at = result.Count > 0 && result[^1].Kind == RowKind.Data && result[^1].Table == row.Table ? result.Count - 1 : result.Count;
            result.Insert(at, label);
            result.Add(values);
        }

        return result;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>Blank cells dropped from their rows, as every text rendering of a table with blank cells does.</summary>
internal static class BlanksVanish
{
    public static List<DamageRow> Apply(IReadOnlyList<DamageRow> rows, Random random)
    {
        // Section 四's single printed row has no label but loses its blanks too.
        var targets = random.Next(3) == 0
            ? DamageTargets.Rows(rows, random, r => r.Cells.Any(c => c.IsBlank))
            : [.. Enumerable.Range(0, rows.Count).Where(i => rows[i].Kind == RowKind.Data)];
        return DamageTargets.Replace(rows, targets, r => [r.With(r.Cells.Where(c => !c.IsBlank))]);
    }
}

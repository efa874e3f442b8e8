using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>Value rows whose labels are lost (and their group labels, sometimes), leaving an empty cell or nothing.</summary>
internal static class LabelsLost
{
    public static List<DamageRow> Apply(IReadOnlyList<DamageRow> rows, Random random)
    {
        var targets = DamageTargets.Rows(rows, random);
        var emptyCell = random.Next(2) == 0;
        var groupsToo = random.Next(2) == 0;
        return DamageTargets.Replace(rows, targets, r =>
        {
            var kept = r.Cells.Where(c => c.Kind == CellKind.Value || (c.Kind == CellKind.Group && !groupsToo));
            return [r.With(emptyCell ? kept.Prepend(DamageCell.Plain(string.Empty)) : kept)];
        });
    }
}

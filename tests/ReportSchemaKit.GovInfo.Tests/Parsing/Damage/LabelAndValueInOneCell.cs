using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>A row's label and its first value in one cell (<c>行政许可 0</c>); a blank first value leaves the label alone.</summary>
internal static class LabelAndValueInOneCell
{
    public static List<DamageRow> Apply(IReadOnlyList<DamageRow> rows, Random random)
    {
        var targets = DamageTargets.Rows(rows, random, r => r.HasLabel && r.HasValues);
        return DamageTargets.Replace(rows, targets, r =>
        {
            var label = r.Cells.Last(c => c.Kind == CellKind.Label);
            var first = r.Values.First();
            var merged = first.IsBlank ? label : first with { Text = label.Text + " " + first.Text };
            return [r.With(r.Cells.Where(c => c != first).Select(c => c == label ? merged : c))];
        });
    }
}

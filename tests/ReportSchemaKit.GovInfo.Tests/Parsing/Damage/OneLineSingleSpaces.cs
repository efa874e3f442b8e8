using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>
/// pdftotext -raw: a row's label and values on one line set apart by single spaces (the style does that), blanks
/// gone, and long labels wrapped onto the next line with the values after them.
/// </summary>
internal static class OneLineSingleSpaces
{
    public static List<DamageRow> Apply(IReadOnlyList<DamageRow> rows, Random random)
    {
        var spaced = rows.Select(r => r.Kind == RowKind.Data ? r.With(r.Cells.Where(c => !c.IsBlank)) : r).ToList();
        var wrapped = DamageTargets.Rows(spaced, random, r => r.Labels.LastOrDefault() is { Text.Length: > 12 });
        return DamageTargets.Replace(spaced, wrapped, r =>
        {
            var label = r.Cells.Last(c => c.Kind == CellKind.Label);
            var at = random.Next(4, label.Text.Length - 1);
            return
            [
                r.With(r.Cells.TakeWhile(c => c != label).Append(label with { Text = label.Text[..at] })),
                r.With(r.Cells.SkipWhile(c => c != label).Skip(1).Prepend(label with { Text = label.Text[at..] })),
            ];
        });
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>Labels broken over two or three lines, the values on the first line (pandoc grid cells) or the last (pdftotext).</summary>
internal static class BrokenLabels
{
    public static List<DamageRow> Apply(IReadOnlyList<DamageRow> rows, Random random)
    {
        var targets = DamageTargets.Rows(rows, random, r => r.Labels.LastOrDefault() is { Kind: CellKind.Label, Text.Length: >= 6 });
        var valuesFirst = random.Next(2) == 0;
        return DamageTargets.Replace(rows, targets, r =>
        {
            var label = r.Cells.Last(c => c.Kind == CellKind.Label);
            var pieces = Pieces(label.Text, random.Next(2, 4), random);
            var before = r.Cells.TakeWhile(c => c != label);
            var values = r.Values.ToList();
            var lines = pieces.Select(p => new List<DamageCell> { label with { Text = p } }).ToList();
            lines[0].InsertRange(0, before);
            lines[valuesFirst ? 0 : ^1].AddRange(values);
            return lines.Select(l => r.With(l));
        });
    }

    private static List<string> Pieces(string text, int count, Random random)
    {
        var cuts = Enumerable.Range(0, count - 1).Select(_ => random.Next(2, text.Length - 1)).Distinct().Order().ToList();
        return cuts.Prepend(0).Zip(cuts.Append(text.Length), (from, to) => text[from..to]).Where(p => p.Length > 0).ToList();
    }
}

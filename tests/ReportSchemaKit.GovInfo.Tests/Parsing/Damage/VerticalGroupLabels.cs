using System;
using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>
/// A row group's label (a rowspan cell) printed one character per line among the group's rows, as PDF→Markdown
/// converters do: each character on a line of its own before a row, or as the first cell of a row.
/// </summary>
internal static class VerticalGroupLabels
{
    public static List<DamageRow> Apply(IReadOnlyList<DamageRow> rows, Random random, ReportTemplate template)
    {
        var groups = rows.SelectMany(r => r.Cells.Where(c => c.Kind == CellKind.Group).Select(c => (r.Table, c.Text))).Distinct().ToList();
        var chosen = random.Next(2) == 0 ? groups : [.. groups.Where(_ => random.Next(2) == 0).DefaultIfEmpty(groups.FirstOrDefault())];
        var asCells = random.Next(2) == 0;
        var result = rows.ToList();
        foreach (var (table, label) in chosen.Where(g => g.Table is not null))
        {
            var info = template.Tables.Single(t => t.Id == table);
            var chars = new Queue<string>(label.Where(c => !char.IsWhiteSpace(c)).Select(c => c.ToString()));
            result = result.Select(r => r.With(r.Cells.Where(c => !(c.Kind == CellKind.Group && c.Text == label)))).ToList();
            var members = Enumerable.Range(0, result.Count)
                .Where(i => result[i].Kind == RowKind.Data && result[i].Table == table && result[i].Row >= 0 && info.Rows[result[i].Row].Groups.Any(g => g.Label == label))
                .ToList();
            var spread = new List<DamageRow>();
            for (var i = 0; i < result.Count; i++)
            {
                if (members.Contains(i) && chars.Count > 0)
                {
                    var character = chars.Dequeue();
                    if (asCells)
                    {
                        spread.Add(result[i].With(result[i].Cells.Prepend(new DamageCell(CellKind.Group, character))));
                        continue;
                    }

                    spread.Add(DamageRow.Line(RowKind.Noise, character, table));
                }

                spread.Add(result[i]);
                if (members.Count > 0 && i == members[^1])
                {
                    spread.AddRange(chars.Select(c => DamageRow.Line(RowKind.Noise, c, table)));
                    chars.Clear();
                }
            }

            result = spread;
        }

        return result;
    }
}

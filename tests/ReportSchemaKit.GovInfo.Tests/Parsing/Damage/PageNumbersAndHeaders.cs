using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>Page numbers, the table's header row repeated after a page break, and |---| rows, inside a table.</summary>
internal static class PageNumbersAndHeaders
{
    public static List<DamageRow> Apply(IReadOnlyList<DamageRow> rows, Random random)
    {
        var result = rows.ToList();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var inside = Enumerable.Range(0, result.Count - 1).Where(i => result[i].Kind == RowKind.Data && result[i + 1].Kind == RowKind.Data).ToList();
            if (inside.Count == 0)
            {
                break;
            }

            var at = inside[random.Next(inside.Count)] + 1;
            var table = result[at].Table;
            var page = random.Next(1, 40).ToString(CultureInfo.InvariantCulture);
            result.Insert(at, random.Next(5) switch
            {
                0 => DamageRow.Line(RowKind.Noise, "— " + page + " —", table),
                1 => DamageRow.Line(RowKind.Noise, "-" + page + "-", table),
                2 => DamageRow.Line(RowKind.Noise, "- " + page + " -", table),
                3 => DamageRow.Line(RowKind.Noise, "|---|---|---|", table),
                _ => result.Take(at).LastOrDefault(r => r.Kind == RowKind.Header && r.Table == table) ?? DamageRow.Line(RowKind.Noise, "第" + page + "页", table),
            });
        }

        return result;
    }
}

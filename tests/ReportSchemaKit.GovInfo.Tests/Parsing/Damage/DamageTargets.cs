using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>Which table rows a damage touches: one, several, every row of one table, or every row.</summary>
internal static class DamageTargets
{
    public static HashSet<int> Rows(IReadOnlyList<DamageRow> rows, Random random, Func<DamageRow, bool>? fit = null)
    {
        var candidates = Enumerable.Range(0, rows.Count).Where(i => rows[i].Kind == RowKind.Data && rows[i].Row >= 0 && (fit is null || fit(rows[i]))).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var one = candidates[random.Next(candidates.Count)];
        return random.Next(4) switch
        {
            0 => [one],
            1 => [one, .. candidates.Where(_ => random.Next(3) == 0)],
            2 => [.. candidates.Where(i => rows[i].Table == rows[one].Table)],
            _ => [.. candidates],
        };
    }

    /// <summary>The rows with the targets replaced by what <paramref name="replace"/> makes of each.</summary>
    public static List<DamageRow> Replace(IReadOnlyList<DamageRow> rows, HashSet<int> targets, Func<DamageRow, IEnumerable<DamageRow>> replace) =>
        rows.SelectMany((r, i) => targets.Contains(i) ? replace(r) : [r]).ToList();
}

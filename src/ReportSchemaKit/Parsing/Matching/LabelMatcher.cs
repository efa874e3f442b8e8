using System;
using System.Linq;

namespace ReportSchemaKit.Parsing.Matching;

/// <summary>
/// Recognises a row label among a table's rows. Exact and declared-variant matches may jump ahead
/// to any later row (a row whose label was lost is then bound by position); tolerant matches only
/// look at the next few rows, so that a near-miss never lands far from where the table stands.
/// </summary>
internal static class LabelMatcher
{
    /// <summary>How many rows ahead tolerant matching looks.</summary>
    private const int TolerantWindow = 3;

    public static RowMatch MatchRow(TableLabels table, string key, int expected)
    {
        if (key.Length == 0)
        {
            return RowMatch.None;
        }

        for (var j = expected; j < table.Rows.Count; j++)
        {
            var quality = Exactly(table.Rows[j], key);
            if (quality != MatchQuality.None)
            {
                return new RowMatch(j, quality);
            }
        }

        var last = Math.Min(table.Rows.Count, expected + TolerantWindow);
        var bare = TemplateLabels.WithoutNumbering(key);
        for (var j = expected; j < last; j++)
        {
            var row = table.Rows[j];
            if (row.Loose.Contains(key, StringComparer.Ordinal) || (bare != key && (bare == row.Label || row.Loose.Contains(bare, StringComparer.Ordinal))))
            {
                return new RowMatch(j, MatchQuality.Loose);
            }
        }

        for (var j = expected; j < last; j++)
        {
            var label = table.Rows[j].Label;
            if (label.Length >= 4 && EditDistance.Within(key, label, Math.Max(1, label.Length / 6)))
            {
                return new RowMatch(j, MatchQuality.Fuzzy);
            }
        }

        return RowMatch.None;
    }

    /// <summary>True where the key is a grouping header of the table (（三）不予公开), exactly.</summary>
    public static bool IsGroup(TableLabels table, string key, out GroupSpan span) => table.Groups.TryGetValue(key, out span);

    private static MatchQuality Exactly(RowLabels row, string key)
    {
        if (key == row.Label)
        {
            return MatchQuality.Exact;
        }

        if (row.Variants.Contains(key, StringComparer.Ordinal))
        {
            return MatchQuality.Variant;
        }

        // A group header and the row's label run together: "(三)不予公开1.属于国家秘密".
        foreach (var group in row.Groups)
        {
            if (key.Length > group.Length && key.StartsWith(group, StringComparison.Ordinal))
            {
                var rest = key[group.Length..];
                if (rest == row.Label)
                {
                    return MatchQuality.Exact;
                }

                if (row.Variants.Contains(rest, StringComparer.Ordinal))
                {
                    return MatchQuality.Variant;
                }
            }
        }

        return MatchQuality.None;
    }
}

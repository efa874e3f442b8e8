using System;
using System.Collections.Generic;

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

    public static RowMatch MatchRow(TableLabels table, ReadOnlySpan<char> key, int expected)
    {
        var exact = MatchExact(table, key, expected);
        return exact.Found ? exact : MatchTolerant(table, key, expected);
    }

    /// <summary>The label or a declared variant, exactly: a dictionary lookup.</summary>
    public static RowMatch MatchExact(TableLabels table, ReadOnlySpan<char> key, int expected)
    {
        if (key.Length > 0 && table.TryGetExact(key, out var exact))
        {
            foreach (var match in exact)
            {
                if (match.Row >= expected)
                {
                    return match;
                }
            }
        }

        return RowMatch.None;
    }

    /// <summary>Without numbering or note, or within a few typos, among the next few rows: the costly part.</summary>
    public static RowMatch MatchTolerant(TableLabels table, ReadOnlySpan<char> key, int expected)
    {
        if (key.Length == 0)
        {
            return RowMatch.None;
        }

        var last = Math.Min(table.Rows.Count, expected + TolerantWindow);
        var bare = TemplateLabels.WithoutNumbering(key);
        for (var j = expected; j < last; j++)
        {
            var row = table.Rows[j];
            if (Contains(row.Loose, key) || (bare.Length != key.Length && (bare.SequenceEqual(row.Label) || Contains(row.Loose, bare))))
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

    private static bool Contains(IReadOnlyList<string> keys, ReadOnlySpan<char> key)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (key.SequenceEqual(keys[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True where the key is a grouping header of the table (（三）不予公开), exactly.</summary>
    public static bool IsGroup(TableLabels table, ReadOnlySpan<char> key, out GroupSpan span) => table.TryGetGroup(key, out span);
}

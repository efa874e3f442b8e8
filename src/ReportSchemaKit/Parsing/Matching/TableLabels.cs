using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.Parsing.Matching;

/// <summary>The comparison keys of one table, computed once per template.</summary>
internal sealed class TableLabels
{
    public TableLabels(TableInfo table, IReadOnlyList<string> anchors, IReadOnlyList<RowLabels> rows, HashSet<string> headers, Dictionary<string, GroupSpan> groups)
    {
        Table = table;
        Anchors = anchors;
        Rows = rows;
        Headers = headers;
        Groups = groups;
        Exact = IndexExactLabels(rows);
        _exactBySpan = Exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _headersBySpan = headers.GetAlternateLookup<ReadOnlySpan<char>>();
        _groupsBySpan = groups.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // Keys run together from several cells are built in a buffer; these look them up without a string.
    private readonly Dictionary<string, List<RowMatch>>.AlternateLookup<ReadOnlySpan<char>> _exactBySpan;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _headersBySpan;
    private readonly Dictionary<string, GroupSpan>.AlternateLookup<ReadOnlySpan<char>> _groupsBySpan;

    public bool TryGetExact(ReadOnlySpan<char> key, [MaybeNullWhen(false)] out List<RowMatch> matches) => _exactBySpan.TryGetValue(key, out matches);

    public bool IsHeader(ReadOnlySpan<char> key) => _headersBySpan.Contains(key);

    public bool TryGetGroup(ReadOnlySpan<char> key, out GroupSpan span) => _groupsBySpan.TryGetValue(key, out span);

    /// <summary>
    /// Every exact form of every row label — the label, its variants, each run together with a group
    /// header ("(三)不予公开1.属于国家秘密") — with the rows it names, in row order.
    /// </summary>
    public Dictionary<string, List<RowMatch>> Exact { get; }

    private static Dictionary<string, List<RowMatch>> IndexExactLabels(IReadOnlyList<RowLabels> rows)
    {
        var index = new Dictionary<string, List<RowMatch>>(StringComparer.Ordinal);
        for (var row = 0; row < rows.Count; row++)
        {
            var forms = new List<(string Key, MatchQuality Quality)> { (rows[row].Label, MatchQuality.Exact) };
            forms.AddRange(rows[row].Variants.Select(v => (v, MatchQuality.Variant)));
            foreach (var (key, quality) in forms.ToArray())
            {
                forms.AddRange(rows[row].Groups.Select(g => (g + key, quality)));
            }

            foreach (var (key, quality) in forms)
            {
                if (!index.TryGetValue(key, out var matches))
                {
                    index[key] = matches = [];
                }

                if (!matches.Exists(m => m.Row == row))
                {
                    matches.Add(new RowMatch(row, quality));
                }
            }
        }

        return index;
    }

    public TableInfo Table { get; }

    /// <summary>Keys that mark where the table starts: its label, its section's heading, its header captions.</summary>
    public IReadOnlyList<string> Anchors { get; }

    public IReadOnlyList<RowLabels> Rows { get; }

    /// <summary>Keys of header cells: column labels and groups, captions, the printed layout's header texts.</summary>
    public HashSet<string> Headers { get; }

    /// <summary>Row group keys with the rows they span.</summary>
    public Dictionary<string, GroupSpan> Groups { get; }
}

/// <summary>The rows a grouping header spans, first and last index inclusive.</summary>
internal readonly record struct GroupSpan(int First, int Last);

using System.Collections.Generic;
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

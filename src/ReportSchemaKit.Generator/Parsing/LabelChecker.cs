using System;
using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Generator.Diagnostics;
using ReportSchemaKit.Generator.Spec;

namespace ReportSchemaKit.Generator.Parsing;

/// <summary>Catches two rows (or two columns) of one table whose labels or variants read the same.</summary>
internal static class LabelChecker
{
    public static void Check(MappingReader table, string tableId, List<RowSpec> rows, List<ColumnSpec> columns)
    {
        CheckAxis(table, tableId, "row", rows.Select(r => (r.Id, Scope: string.Join("›", r.Groups.Select(g => g.Label)), Labels: r.Variants.Prepend(r.Label))));
        CheckAxis(table, tableId, "column", columns.Select(c => (c.Id, Scope: string.Join("›", c.Groups.Select(g => g.Label)), Labels: c.Variants.Prepend(c.Label))));
    }

    private static void CheckAxis(MappingReader table, string tableId, string what, IEnumerable<(string Id, string Scope, IEnumerable<string> Labels)> items)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, scope, labels) in items)
        {
            foreach (var label in labels)
            {
                var key = scope + "|" + LabelKey.Of(label);
                if (owners.TryGetValue(key, out var owner) && owner != id)
                {
                    var node = table.KeyNode(what == "row" ? "rows" : "columns");
                    table.Diagnostics.Report(DiagnosticDescriptors.AmbiguousLabel, node.Start, node.End, tableId, label, what, id, owner);
                }
                else
                {
                    owners[key] = id;
                }
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Generator.Diagnostics;
using ReportSchemaKit.Generator.Spec;
using YamlDotNet.RepresentationModel;

namespace ReportSchemaKit.Generator.Parsing;

/// <summary>Catches two rows (or two columns) of one table whose labels or variants read the same.</summary>
internal static class LabelChecker
{
    public static void Check(
        DiagnosticBag diagnostics, string tableId,
        List<RowSpec> rows, Dictionary<string, YamlNode> rowNodes,
        List<ColumnSpec> columns, Dictionary<string, YamlNode> columnNodes)
    {
        CheckAxis(diagnostics, tableId, "row", rowNodes, rows.Select(r => (r.Id, Scope: string.Join("›", r.Groups.Select(g => g.Label)), Labels: r.Variants.Prepend(r.Label))));
        CheckAxis(diagnostics, tableId, "column", columnNodes, columns.Select(c => (c.Id, Scope: string.Join("›", c.Groups.Select(g => g.Label)), Labels: c.Variants.Prepend(c.Label))));
    }

    private static void CheckAxis(
        DiagnosticBag diagnostics, string tableId, string what, Dictionary<string, YamlNode> nodes,
        IEnumerable<(string Id, string Scope, IEnumerable<string> Labels)> items)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, scope, labels) in items)
        {
            foreach (var label in labels)
            {
                var key = scope + "|" + LabelKey.Of(label);
                if (owners.TryGetValue(key, out var owner) && owner != id)
                {
                    var node = nodes[id];
                    diagnostics.Report(DiagnosticDescriptors.AmbiguousLabel, node.Start, node.Start, tableId, label, what, id, owner);
                }
                else
                {
                    owners[key] = id;
                }
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Templates;

namespace ProvincialReports;

/// <summary>One way a variant departs from the format it is based on.</summary>
/// <param name="Change"><c>+</c> added, <c>-</c> removed, <c>~</c> relabelled.</param>
/// <param name="Kind">table, row, column or rule.</param>
/// <param name="Id">The id: <c>Table</c>, <c>Table.Row</c>, <c>Table.Column</c> or the rule id.</param>
/// <param name="Detail">The label (or, for a relabelling, both labels).</param>
internal sealed record TemplateDifference(char Change, string Kind, string Id, string Detail)
{
    /// <summary>The difference without its label, as the sample states what it expects.</summary>
    public string Key => $"{Change} {Kind} {Id}";

    public override string ToString() => $"{Key}  {Detail}";
}

/// <summary>
/// Compares two template versions by their ids — the tables, rows, columns and rules the generated
/// descriptors carry — so a variant can be checked against the official format it departs from.
/// </summary>
internal static class TemplateComparison
{
    public static IReadOnlyList<TemplateDifference> Compare(ReportTemplate baseline, ReportTemplate variant)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(variant);
        var differences = new List<TemplateDifference>();
        Compare(differences, "table", baseline.Tables, variant.Tables, t => t.Id, t => t.Label);
        foreach (var table in variant.Tables)
        {
            if (baseline.TryGetTable(table.Id, out var before))
            {
                Compare(differences, "row", before.Rows, table.Rows, r => table.Id + "." + r.Id, r => r.Label);
                Compare(differences, "column", before.Columns, table.Columns, c => table.Id + "." + c.Id, c => c.Label);
            }
        }

        Compare(differences, "rule", baseline.Rules, variant.Rules, r => r.Id, r => r.Assertion);
        return differences;
    }

    private static void Compare<T>(List<TemplateDifference> differences, string kind, IEnumerable<T> before, IEnumerable<T> after, Func<T, string> id, Func<T, string> detail)
    {
        var old = before.ToDictionary(id, StringComparer.Ordinal);
        var now = after.ToDictionary(id, StringComparer.Ordinal);
        foreach (var (key, item) in old.Where(pair => !now.ContainsKey(pair.Key)))
        {
            differences.Add(new TemplateDifference('-', kind, key, detail(item)));
        }

        foreach (var (key, item) in now)
        {
            if (!old.TryGetValue(key, out var previous))
            {
                differences.Add(new TemplateDifference('+', kind, key, detail(item)));
            }
            else if (detail(previous) != detail(item))
            {
                differences.Add(new TemplateDifference('~', kind, key, detail(previous) + " → " + detail(item)));
            }
        }
    }
}

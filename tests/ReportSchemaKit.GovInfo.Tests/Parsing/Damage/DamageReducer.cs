using System.Linq;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>
/// Shortens a failing damaged report for its repro: drops the prose and whole tables while a wrong value stays (with
/// the version still read right). Rows inside the failing table are kept: dropping one could make the text truly
/// ambiguous, and a wrong value there would prove nothing.
/// </summary>
internal static class DamageReducer
{
    public static DamagedReport Reduce(DamagedReport report)
    {
        var current = report;
        var parts = report.Rows.Select((r, i) => r.Table ?? (r.Kind == RowKind.Text && i > 0 ? "prose" : null)).Where(t => t is not null).Distinct().ToList();
        foreach (var part in parts)
        {
            var rows = current.Rows.Where((r, i) => (r.Table ?? (r.Kind == RowKind.Text && i > 0 ? "prose" : null)) != part).ToList();
            var candidate = current with { Rows = rows, Text = DamageRenderer.Render(rows, current.Style) };
            var result = ReportTemplates.Parse(candidate.Text);
            var tally = new DamageTally();
            tally.Add(candidate, result);
            if (result.Template?.Version == report.Template.Version && tally.Wrong > 0)
            {
                current = candidate;
            }
        }

        return current;
    }
}

using System.Collections.Generic;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>
/// A random report, rendered and damaged: its true values, the text the parser gets, and the cells whose text the
/// damage left printed in a table row (the ones recall is counted over).
/// </summary>
internal sealed record DamagedReport(
    DamageClass Class, ReportTemplate Template, decimal?[] Values, DamageStyle Style, string Steps, IReadOnlyList<DamageRow> Rows, string Text, IReadOnlySet<int> Surviving)
{
    public override string ToString() => $"{Class} on {Template.Version} [{Steps}] in {Style}";
}

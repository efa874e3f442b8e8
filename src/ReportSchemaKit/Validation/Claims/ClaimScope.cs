using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Validation.Narrative;

namespace ReportSchemaKit.Validation;

/// <summary>
/// Whether a stated figure counts what its claim counts, judged by the cells each reading reads: a figure whose
/// note adds another claim's rows (受理政府信息公开申请9件（含上年结转2件）) is no statement of a claim that does not
/// read those rows too.
/// </summary>
internal static class ClaimScope
{
    /// <summary>Whether the claim reads every cell of every claim the mention's note names.</summary>
    public static bool Fits(NarrativeMention mention, IReadOnlyList<ClaimValue> values) =>
        mention.Includes.All(other => Covers(values[mention.Claim].Cells, values[other].Cells));

    /// <summary>Whether every cell of <paramref name="inner"/> is among <paramref name="outer"/>.</summary>
    public static bool Covers(IReadOnlyList<FindingCell> outer, IReadOnlyList<FindingCell> inner) =>
        inner.All(i => outer.Any(o => o.Key == i.Key));
}

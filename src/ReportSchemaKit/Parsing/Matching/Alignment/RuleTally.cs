using System.Linq;
using ReportSchemaKit.Templates;
using ReportSchemaKit.Validation;

namespace ReportSchemaKit.Parsing.Matching.Alignment;

/// <summary>
/// What the rules that tie rows together (a column's sum, a balance, report-wide rules) say of a set of values: how
/// many fail and how many cannot be checked. A row's own rules (its total) are left out: a whole row's values satisfy
/// them on whichever row they are placed, so they say nothing about where they belong.
/// </summary>
internal readonly record struct RuleTally(int Failures, int Unchecked)
{
    public static RuleTally Of(ValidationResult result) => new(
        result.Findings.Count(f => f.Outcome == FindingOutcome.Failed && TiesRows(f)),
        result.Findings.Count(f => f.Outcome == FindingOutcome.NotAssessable && TiesRows(f)));

    /// <summary>True where the candidate checks a rule it left unchecked before and breaks none: evidence for its placement.</summary>
    public bool Confirms(RuleTally before) => Failures == before.Failures && Unchecked < before.Unchecked;

    private static bool TiesRows(Finding finding) => finding.ScopeKind is RuleScope.Column or RuleScope.Report;
}

using System.Collections.Generic;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.Validation;

/// <summary>How to validate: severity overrides per rule, and whether to report rules that could not be checked.</summary>
public sealed record ValidationOptions
{
    /// <summary>The defaults: declared severities, not-assessable findings included.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>Severity per rule id, replacing the one the template declares (for example continuity.in-force → Error).</summary>
    public IReadOnlyDictionary<string, RuleSeverity> SeverityOverrides { get; init; } = new Dictionary<string, RuleSeverity>();

    /// <summary>
    /// True (the default) to report every column, row or cell a rule could not be checked for because a
    /// cell is blank; false to report failures only.
    /// </summary>
    public bool IncludeNotAssessable { get; init; } = true;

    /// <summary>The severity findings of the rule carry.</summary>
    public RuleSeverity SeverityOf(RuleInfo rule)
    {
        System.ArgumentNullException.ThrowIfNull(rule);
        return SeverityOverrides.TryGetValue(rule.Id, out var severity) ? severity : rule.Severity;
    }
}

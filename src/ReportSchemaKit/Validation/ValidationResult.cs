using System;
using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.Validation;

/// <summary>Every finding of one validation, in rule order, then in the order the rule's columns, rows or cells come.</summary>
public sealed class ValidationResult
{
    /// <summary>Wraps findings.</summary>
    public ValidationResult(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Findings = findings;
    }

    /// <summary>A result with no findings.</summary>
    public static ValidationResult Empty { get; } = new([]);

    /// <summary>Every finding.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The rules that did not hold.</summary>
    public IEnumerable<Finding> Failures => Findings.Where(f => f.Outcome == FindingOutcome.Failed);

    /// <summary>The places a rule could not be checked because a cell is blank or missing.</summary>
    public IEnumerable<Finding> NotAssessable => Findings.Where(f => f.Outcome == FindingOutcome.NotAssessable);

    /// <summary>True where some rule failed, whatever its severity.</summary>
    public bool HasFailures => Findings.Any(f => f.Outcome == FindingOutcome.Failed);

    /// <summary>True where a rule of severity <see cref="RuleSeverity.Error"/> failed.</summary>
    public bool HasErrors => Findings.Any(f => f.Outcome == FindingOutcome.Failed && f.Severity == RuleSeverity.Error);

    /// <summary>This result's findings followed by another's, for example a report's own rules then its cross-year ones.</summary>
    public ValidationResult Concat(ValidationResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new ValidationResult([.. Findings, .. other.Findings]);
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(Environment.NewLine, Findings);
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace ReportSchemaKit.Validation;

/// <summary>
/// Every claim of the template checked against the report's prose, in declared order. A sibling of
/// <see cref="ValidationResult"/>: rule findings compare cells with cells, claim findings compare what
/// the prose says with cells, and carry the sentence and the figure.
/// </summary>
public sealed class ClaimCheckResult
{
    /// <summary>Wraps claim findings.</summary>
    public ClaimCheckResult(IReadOnlyList<ClaimFinding> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        Claims = claims;
    }

    /// <summary>A result with no claims (no report, or a template that declares none).</summary>
    public static ClaimCheckResult Empty { get; } = new([]);

    /// <summary>One finding per claim of the template, stated or not.</summary>
    public IReadOnlyList<ClaimFinding> Claims { get; }

    /// <summary>The claims the prose contradicts.</summary>
    public IEnumerable<ClaimFinding> Different => Claims.Where(c => c.Outcome == ClaimOutcome.Different);

    /// <summary>The claims stated in a way that could not be compared with confidence.</summary>
    public IEnumerable<ClaimFinding> Uncertain => Claims.Where(c => c.Outcome == ClaimOutcome.Uncertain);

    /// <summary>The claims the prose states (equal, different or uncertain).</summary>
    public IEnumerable<ClaimFinding> Stated => Claims.Where(c => c.Outcome != ClaimOutcome.NotStated);

    /// <summary>True where the prose contradicts the tables somewhere.</summary>
    public bool HasContradictions => Claims.Any(c => c.Outcome == ClaimOutcome.Different);

    /// <summary>The finding of a claim by id.</summary>
    /// <exception cref="ArgumentException">The template declares no such claim.</exception>
    public ClaimFinding this[string claimId] =>
        Claims.FirstOrDefault(c => c.ClaimId == claimId) ?? throw new ArgumentException($"No claim '{claimId}' in this result.", nameof(claimId));

    /// <inheritdoc />
    public override string ToString() => string.Join(Environment.NewLine, Claims);
}

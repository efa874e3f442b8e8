using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ReportSchemaKit.Validation;

/// <summary>
/// What checking one claim of the template against the report's prose gave: the cells the figure must
/// equal and their value, and every place the prose states the figure, each with its own outcome.
/// </summary>
public sealed class ClaimFinding
{
    /// <summary>The claim id, for example <c>requests.new-received</c>.</summary>
    public required string ClaimId { get; init; }

    /// <summary>What the figure counts, in Chinese.</summary>
    public required string LabelZh { get; init; }

    /// <summary>What the figure counts, in English.</summary>
    public required string LabelEn { get; init; }

    /// <summary>The cells the figure must equal, as the template writes them.</summary>
    public required string Value { get; init; }

    /// <summary>The cells' value, or <c>null</c> where a cell is blank or missing.</summary>
    public decimal? TableValue { get; init; }

    /// <summary>The cells the value reads, with their values and source positions.</summary>
    public required IReadOnlyList<FindingCell> Cells { get; init; }

    /// <summary>Every place the prose states the figure, in text order; empty where it is not stated.</summary>
    public required IReadOnlyList<ClaimMention> Mentions { get; init; }

    /// <summary>
    /// <see cref="ClaimOutcome.NotStated"/> without mentions; otherwise the gravest of the mentions'
    /// outcomes: different, then uncertain, then equal.
    /// </summary>
    public ClaimOutcome Outcome =>
        Mentions.Count == 0 ? ClaimOutcome.NotStated
        : Mentions.Any(m => m.Outcome == ClaimOutcome.Different) ? ClaimOutcome.Different
        : Mentions.Any(m => m.Outcome == ClaimOutcome.Uncertain) ? ClaimOutcome.Uncertain
        : ClaimOutcome.Equal;

    /// <summary>One line per mention (or one saying the claim is not stated), for logs and the command line.</summary>
    public override string ToString()
    {
        var head = new StringBuilder()
            .Append(Outcome == ClaimOutcome.NotStated ? "not-stated" : Outcome.ToString().ToLowerInvariant()).Append(' ').Append(ClaimId).Append(' ').Append(LabelZh)
            .Append(" = ").Append(Value).Append(" = ").Append(TableValue?.ToString(CultureInfo.InvariantCulture) ?? "blank")
            .Append(" (").AppendJoin(", ", Cells).Append(')');
        if (Mentions.Count == 0)
        {
            return head.ToString();
        }

        foreach (var mention in Mentions)
        {
            head.AppendLine().Append("  ").Append(mention).Append(" — ").Append(mention.Sentence);
        }

        return head.ToString();
    }
}

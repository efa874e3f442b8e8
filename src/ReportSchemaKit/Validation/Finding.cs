using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.Validation;

/// <summary>
/// One consistency rule that failed, or could not be checked, for one column, row, cell or report:
/// the cells involved, both sides of the assertion and their difference.
/// </summary>
public sealed class Finding
{
    /// <summary>The rule id, for example <c>requests.results-sum</c>.</summary>
    public required string RuleId { get; init; }

    /// <summary>The severity: the caller's override where given, else the one the template declares.</summary>
    public required RuleSeverity Severity { get; init; }

    /// <summary>Failed, or not assessable because a cell is blank or missing.</summary>
    public required FindingOutcome Outcome { get; init; }

    /// <summary>What the rule runs over (column, row, cell or report).</summary>
    public required RuleScope ScopeKind { get; init; }

    /// <summary>The table the rule was evaluated in, or <c>null</c> for a report-wide rule.</summary>
    public string? Table { get; init; }

    /// <summary>
    /// What the rule was evaluated for: the column id (<c>each: column</c>), the row id (<c>each: row</c>),
    /// the cell key (<c>each: cell</c>), or empty for a report-wide rule.
    /// </summary>
    public required string Scope { get; init; }

    /// <summary>The assertion as the template writes it.</summary>
    public required string Assertion { get; init; }

    /// <summary>Every cell the assertion reads here, in the order it names them.</summary>
    public required IReadOnlyList<FindingCell> Cells { get; init; }

    /// <summary>The assertion's left side, or <c>null</c> where a cell it needs is blank.</summary>
    public decimal? Left { get; init; }

    /// <summary>The assertion's right side, or <c>null</c> where a cell it needs is blank.</summary>
    public decimal? Right { get; init; }

    /// <summary>Left minus right, or <c>null</c> where either side is unknown.</summary>
    public decimal? Difference => Left - Right;

    /// <summary>The rule's message in Chinese.</summary>
    public required string MessageZh { get; init; }

    /// <summary>The rule's message in English.</summary>
    public required string MessageEn { get; init; }

    /// <summary>The blank or missing cells that made the rule not assessable (empty for a failure).</summary>
    public IEnumerable<FindingCell> BlankCells
    {
        get
        {
            foreach (var cell in Cells)
            {
                if (cell.Value is null)
                {
                    yield return cell;
                }
            }
        }
    }

    /// <summary>Where the rule was evaluated, as a key with wildcards: <c>Requests.*.Total</c>, <c>Requests.Disclosed.*</c>, a cell key, or <c>*</c>.</summary>
    public string Location => ScopeKind switch
    {
        RuleScope.Column => Table + ".*." + Scope,
        RuleScope.Row => Table + "." + Scope + ".*",
        RuleScope.Cell => Scope,
        _ => "*",
    };

    /// <summary>One line for logs: rule, location, outcome, both sides, difference, cells and the English message.</summary>
    public override string ToString()
    {
        var text = new StringBuilder()
            .Append(SeverityWord).Append(' ').Append(RuleId).Append(" at ").Append(Location).Append(": ");
        if (Outcome == FindingOutcome.NotAssessable)
        {
            text.Append("not assessable (blank: ").AppendJoin(", ", BlankCells).Append(')');
        }
        else
        {
            text.Append(Format(Left)).Append(" vs ").Append(Format(Right)).Append(", difference ").Append(Format(Difference))
                .Append(" (").AppendJoin(", ", Cells).Append(')');
        }

        return text.Append(" — ").Append(MessageEn).ToString();
    }

    private string SeverityWord => Severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        _ => "info",
    };

    private static string Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";
}

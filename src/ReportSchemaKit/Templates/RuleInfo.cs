using System.Collections.Generic;

namespace ReportSchemaKit.Templates;

/// <summary>A consistency rule as the template declares it.</summary>
public sealed class RuleInfo
{
    /// <summary>Stable rule id (for example <c>requests.balance</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The declared severity.</summary>
    public required RuleSeverity Severity { get; init; }

    /// <summary>What the assertion is evaluated over.</summary>
    public required RuleScope Scope { get; init; }

    /// <summary>True where the rule compares a report with the same agency's report of the previous year.</summary>
    public bool AcrossYears { get; init; }

    /// <summary>The tables the rule applies to (empty for report- and cell-scoped rules over every table).</summary>
    public IReadOnlyList<string> Tables { get; init; } = [];

    /// <summary>For cell-scoped rules, the cell types it applies to (empty: every type).</summary>
    public IReadOnlyList<CellType> CellTypes { get; init; } = [];

    /// <summary>The assertion as written in the template, for example <c>Total == NaturalPerson + Commercial</c>.</summary>
    public required string Assertion { get; init; }

    /// <summary>The message in Chinese.</summary>
    public required string MessageZh { get; init; }

    /// <summary>The message in English.</summary>
    public required string MessageEn { get; init; }

    /// <summary>Documentation text from the template, or <c>null</c>.</summary>
    public string? Description { get; init; }
}

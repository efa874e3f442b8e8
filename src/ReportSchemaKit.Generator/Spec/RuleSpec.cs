using ReportSchemaKit.Generator.Expressions;

namespace ReportSchemaKit.Generator.Spec;

/// <summary>A consistency rule with its parsed assertion.</summary>
internal sealed record RuleSpec(
    string Id,
    RuleSeverityKind Severity,
    RuleScopeKind Scope,
    bool AcrossYears,
    EquatableArray<string> Tables,
    EquatableArray<CellKindValue> CellTypes,
    string Assertion,
    Comparison Parsed,
    string MessageZh,
    string MessageEn,
    string? Description);

internal enum RuleSeverityKind
{
    Info,
    Warning,
    Error,
}

internal enum RuleScopeKind
{
    Column,
    Row,
    Cell,
    Report,
}

/// <summary>A <see cref="CellKind"/> that can live in an <see cref="EquatableArray{T}"/>.</summary>
internal readonly record struct CellKindValue(CellKind Kind);

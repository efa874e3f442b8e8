using ReportSchemaKit.Generator.Expressions;

namespace ReportSchemaKit.Generator.Spec;

/// <summary>
/// A figure the report's prose states (本年新收政府信息公开申请N件): the wordings that introduce it, the
/// wordings that state it is zero, and the cells it must equal, parsed like a rule's side.
/// </summary>
internal sealed record ClaimSpec(
    string Id,
    string LabelZh,
    string LabelEn,
    string Value,
    Expr Parsed,
    EquatableArray<string> Phrases,
    EquatableArray<string> ZeroPhrases,
    EquatableArray<string> NotAfter,
    string? Description);

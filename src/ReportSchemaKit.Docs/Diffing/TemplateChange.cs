namespace ReportSchemaKit.Docs.Diffing;

/// <summary>One difference between two template versions.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="Subject">The element: a table id, <c>Table.Row</c>, <c>Table.Column</c> or a rule or claim id; <c>Old → New</c> for an id change.</param>
/// <param name="Aspect">For a changed rule or claim, what about it changed (assertion, severity, scope, message; value, label, phrases, zero, notAfter); otherwise <c>null</c>.</param>
/// <param name="Before">The older version's side (a label, a group path, a type, an assertion), or <c>null</c> where it has none.</param>
/// <param name="After">The newer version's side, or <c>null</c> where it has none.</param>
public sealed record TemplateChange(ChangeKind Kind, string Subject, string? Aspect, string? Before, string? After);

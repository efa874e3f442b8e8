using ReportSchemaKit.Generator.Diagnostics;
using ReportSchemaKit.Generator.Spec;

namespace ReportSchemaKit.Generator.Parsing;

/// <summary>
/// What one YAML file yields: a spec where it has no errors, and its diagnostics. The pipeline splits
/// the two so that a diagnostic's moved position never invalidates the cached spec.
/// </summary>
internal sealed record TemplateParseResult(TemplateSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics);

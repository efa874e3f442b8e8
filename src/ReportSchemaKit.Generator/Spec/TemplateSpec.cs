namespace ReportSchemaKit.Generator.Spec;

/// <summary>
/// Everything one template YAML declares, as plain equatable data: the cached unit of the
/// incremental pipeline. Holds no source positions, so an edit that changes only comments or
/// spacing leaves it equal and nothing is emitted again.
/// </summary>
internal sealed record TemplateSpec(
    string FilePath,
    string SourceName,
    string Family,
    string Version,
    string Title,
    string IssuedBy,
    int FirstYear,
    int? LastYear,
    EquatableArray<string> Signatures,
    string? Description,
    string? Namespace,
    string? ReportType,
    EquatableArray<SectionSpec> Sections,
    EquatableArray<RuleSpec> Rules,
    EquatableArray<ClaimSpec> Claims);

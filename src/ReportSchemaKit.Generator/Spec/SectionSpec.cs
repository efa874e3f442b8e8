namespace ReportSchemaKit.Generator.Spec;

/// <summary>A numbered section of the report and its tables.</summary>
internal sealed record SectionSpec(
    string Id,
    string Label,
    EquatableArray<string> Variants,
    string? Description,
    EquatableArray<TableSpec> Tables);

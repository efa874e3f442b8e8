namespace ReportSchemaKit.Generator.Spec;

/// <summary>A value column with its cell type.</summary>
internal sealed record ColumnSpec(
    string Id,
    string Label,
    EquatableArray<string> Variants,
    EquatableArray<GroupSpec> Groups,
    CellKind Type,
    int Scale,
    string? Unit,
    string? Description);

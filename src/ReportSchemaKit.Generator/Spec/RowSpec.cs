namespace ReportSchemaKit.Generator.Spec;

/// <summary>A data row; <see cref="Groups"/> are the headers above it, outermost first.</summary>
internal sealed record RowSpec(
    string Id,
    string Label,
    EquatableArray<string> Variants,
    EquatableArray<GroupSpec> Groups,
    string? Description);

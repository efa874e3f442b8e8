namespace ReportSchemaKit.Generator.Spec;

/// <summary>A table: rows crossed with columns, and how it is printed.</summary>
internal sealed record TableSpec(
    string Id,
    string Label,
    EquatableArray<string> Variants,
    string? Description,
    string? RowHeader,
    string? ColumnHeader,
    EquatableArray<RowSpec> Rows,
    EquatableArray<ColumnSpec> Columns,
    LayoutSpec Layout);

namespace ReportSchemaKit.Generator.Spec;

/// <summary>The YAML cell types; mirrors ReportSchemaKit.Templates.CellType of the runtime.</summary>
internal enum CellKind
{
    Count,
    SignedCount,
    Decimal,
}

namespace ReportSchemaKit.Generator.Spec;

/// <summary>A grouping header above rows or columns (for example （三）不予公开).</summary>
internal sealed record GroupSpec(string Label, EquatableArray<string> Variants);

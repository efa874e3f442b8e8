namespace ReportSchemaKit.Generator.Spec;

/// <summary>The physical layout of a table; <see cref="HeaderRows"/> is empty where it follows from the columns.</summary>
internal sealed record LayoutSpec(bool SingleRow, EquatableArray<HeaderRowSpec> HeaderRows)
{
    public static LayoutSpec Grid { get; } = new(false, EquatableArray<HeaderRowSpec>.Empty);
}

/// <summary>One printed header row.</summary>
internal sealed record HeaderRowSpec(EquatableArray<HeaderCellSpec> Cells);

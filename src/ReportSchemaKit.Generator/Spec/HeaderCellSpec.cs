namespace ReportSchemaKit.Generator.Spec;

/// <summary>One printed header cell with its spans.</summary>
internal sealed record HeaderCellSpec(string Text, int RowSpan, int ColSpan);

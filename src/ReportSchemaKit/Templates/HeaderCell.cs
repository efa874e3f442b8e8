namespace ReportSchemaKit.Templates;

/// <summary>One cell of a table's printed header, with its spans in the official layout.</summary>
/// <param name="Text">The printed text.</param>
/// <param name="RowSpan">How many header rows it covers.</param>
/// <param name="ColSpan">How many value columns it covers.</param>
public sealed record HeaderCell(string Text, int RowSpan = 1, int ColSpan = 1);

using ReportSchemaKit.Templates;

namespace ReportSchemaKit.Rendering.Layout;

/// <summary>One cell of a table as the official format prints it.</summary>
/// <param name="Role">What the cell is.</param>
/// <param name="Text">The printed text; empty for a value cell, whose text is the report's value.</param>
/// <param name="Column">The printed column the cell starts in, from 0 (row labels first, then values).</param>
/// <param name="RowSpan">How many printed rows it covers.</param>
/// <param name="ColSpan">How many printed columns it covers.</param>
/// <param name="Cell">The model cell a value cell shows; <c>null</c> for every other role.</param>
public sealed record PrintedCell(PrintedCellRole Role, string Text, int Column, int RowSpan = 1, int ColSpan = 1, CellInfo? Cell = null);

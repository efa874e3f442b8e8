using System.Collections.Generic;

namespace ReportSchemaKit.Layout;

/// <summary>
/// One rebuilt row of a PDF page: the cells of a ruled table that share a top edge (<see cref="Ruled"/>), or one
/// line of text outside any ruled table, split into cells where wide gaps separate its parts.
/// </summary>
internal sealed record PdfRow(bool Ruled, List<PdfCell> Cells);

/// <summary>A cell of a <see cref="PdfRow"/>: its text, where a person finds it, and how many rows and columns it spans.</summary>
internal readonly record struct PdfCell(string Text, int Page, int Line, double Left, int RowSpan, int ColSpan);

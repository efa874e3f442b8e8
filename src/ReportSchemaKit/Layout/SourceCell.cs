using ReportSchemaKit.Text;

namespace ReportSchemaKit.Layout;

/// <summary>
/// One cell of the cell stream that every layout reader produces and the template matchers consume.
/// A value type: a report has hundreds of cells, and each is read where it lies in the reader's list.
/// </summary>
/// <param name="Text">
/// The cell's text with the layout's padding trimmed (spaces of every kind, NBSP included), otherwise as
/// in the source. <see cref="string.Empty"/> for a blank cell that the layout shows as a cell.
/// </param>
/// <param name="Position">Where the cell starts in the decoded text.</param>
/// <param name="Row">
/// The physical row, counted from 0 across the whole document, where the layout has rows (pipe tables,
/// HTML <c>&lt;tr&gt;</c>, tab layouts with several cells on a line): cells share a value exactly when they
/// share a row. -1 where the layout has no rows (one cell per line) and for narrative text.
/// </param>
/// <param name="RowSpan">How many physical rows the cell covers; above 1 only for HTML <c>rowspan</c>.</param>
/// <param name="ColSpan">How many columns the cell covers; above 1 only for HTML <c>colspan</c>.</param>
/// <param name="InTable">
/// <see langword="false"/> for narrative text that the layout shows to be outside a table (paragraphs and
/// headings outside <c>&lt;table&gt;</c>, prose lines around a pipe table, unindented lines of a tab layout);
/// <see langword="true"/> otherwise, including every line of a one-cell-per-line layout, which cannot tell.
/// </param>
public readonly record struct SourceCell(
    string Text,
    SourcePosition Position,
    int Row,
    int RowSpan = 1,
    int ColSpan = 1,
    bool InTable = true);

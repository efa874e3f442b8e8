using System.Globalization;

namespace ReportSchemaKit.Text;

/// <summary>
/// Where something starts in the report, so a diagnostic can point a person at it.
/// </summary>
/// <param name="Line">
/// The line, from 1. In decoded text a line ends at <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>. In a PDF it is the
/// line of the page (see <paramref name="Page"/>) as the reader rebuilt it: the page's text lines from the top, each
/// line being the characters that share a baseline. In a Word file it is the paragraph or table row, counted from 1
/// through the document body.
/// </param>
/// <param name="Column">
/// The column, from 1: in decoded text counted in UTF-16 code units (one per CJK character; a tab counts as one); in
/// a PDF the cell's place among the cells that start on its line, from the left; in a Word table the cell's first
/// grid column.
/// </param>
/// <param name="Page">The page, from 1, in a paged document (PDF); 0 where the input has no pages (text, HTML, Word).</param>
public readonly record struct SourcePosition(int Line, int Column, int Page = 0)
{
    /// <summary>Formats the position as <c>line:column</c>, for example <c>72:1</c>; on a page, <c>page 3, 12:2</c>.</summary>
    public override string ToString() => Page > 0
        ? string.Create(CultureInfo.InvariantCulture, $"page {Page}, {Line}:{Column}")
        : Line.ToString(CultureInfo.InvariantCulture) + ":" + Column.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace ReportSchemaKit.Text;

/// <summary>
/// Where something starts in the decoded report text, so a diagnostic can point a person at it.
/// </summary>
/// <param name="Line">The line, from 1. A line ends at <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>.</param>
/// <param name="Column">
/// The column, from 1, counted in UTF-16 code units (one per CJK character; a tab counts as one).
/// </param>
public readonly record struct SourcePosition(int Line, int Column)
{
    /// <summary>Formats the position as <c>line:column</c>, for example <c>72:1</c>.</summary>
    public override string ToString() =>
        Line.ToString(CultureInfo.InvariantCulture) + ":" + Column.ToString(CultureInfo.InvariantCulture);
}

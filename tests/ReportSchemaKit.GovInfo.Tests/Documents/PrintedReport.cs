using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportSchemaKit.Rendering.Layout;
using ReportSchemaKit.Reports;

namespace ReportSchemaKit.GovInfo.Tests.Documents;

/// <summary>A cell of a table as the document writers draw it: its text (a value's digits, empty for a blank) and its place in the grid.</summary>
internal readonly record struct DocumentCell(string Text, int Column, int RowSpan, int ColSpan, bool IsValue);

/// <summary>A table of the official layout, ready to draw: the section heading before it (first table of a section), its title, its grid.</summary>
internal sealed record DocumentTable(string? Heading, string? Title, int Width, int LabelColumns, int HeaderRows, IReadOnlyList<IReadOnlyList<DocumentCell>> Rows);

/// <summary>
/// A report's tables in the official layout (<see cref="OfficialLayout"/>: header spans, row groups spanning their
/// rows), with the report's values in the value cells, for the tests' PDF and Word writers.
/// </summary>
internal static class PrintedReport
{
    public static IEnumerable<DocumentTable> Tables(IReport report)
    {
        foreach (var section in OfficialLayout.Of(report.Template))
        {
            for (var t = 0; t < section.Tables.Count; t++)
            {
                var table = section.Tables[t];
                var rows = table.HeaderRows.Concat(table.BodyRows)
                    .Select(row => (IReadOnlyList<DocumentCell>)row.Select(cell => Cell(report, cell)).ToList())
                    .ToList();
                yield return new DocumentTable(t == 0 ? section.Section.Label : null, table.Title, table.Width, table.LabelColumns, table.HeaderRows.Count, rows);
            }
        }
    }

    private static DocumentCell Cell(IReport report, PrintedCell cell) => cell.Cell is { } value
        ? new DocumentCell(report.GetValue(value.Ordinal)?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, cell.Column, cell.RowSpan, cell.ColSpan, IsValue: true)
        : new DocumentCell(cell.Text, cell.Column, cell.RowSpan, cell.ColSpan, IsValue: false);
}

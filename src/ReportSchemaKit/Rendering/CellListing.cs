using System;
using System.Globalization;
using System.Text;
using ReportSchemaKit.Reports;

namespace ReportSchemaKit.Rendering;

/// <summary>
/// The plainest view of a report: one <c>Table.Row.Column&lt;TAB&gt;value</c> line per cell in the
/// template's order, an empty value for a missing cell. Diffable, greppable, and the form corpus
/// expectations are written in.
/// </summary>
public static class CellListing
{
    /// <summary>Writes every cell of the report, one per line.</summary>
    public static string Write(IReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var builder = new StringBuilder();
        foreach (var cell in report.Template.Cells)
        {
            builder.Append(cell.Key).Append('\t');
            if (report.GetValue(cell.Ordinal) is { } value)
            {
                builder.Append(value.ToString(CultureInfo.InvariantCulture));
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }
}

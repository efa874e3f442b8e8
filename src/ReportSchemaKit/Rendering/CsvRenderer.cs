using System;
using System.Text;
using ReportSchemaKit.Reports;

namespace ReportSchemaKit.Rendering;

/// <summary>
/// Writes a report as CSV in long form, one line per cell of the template in cell order under the header
/// <c>report,version,table,row,column,key,value</c>: ids, not labels, so reports of every year stack into
/// one file and line up by key. A blank cell has an empty value. Fields are quoted as RFC 4180 says where
/// they hold a comma, a quote or a line break; lines end with <c>\n</c>. <see cref="CsvReportReader"/>
/// reads it back.
/// </summary>
public static class CsvRenderer
{
    /// <summary>The header line's fields.</summary>
    public static readonly string[] Header = ["report", "version", "table", "row", "column", "key", "value"];

    /// <summary>The header line and one line per cell.</summary>
    public static string Render(IReport report, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder(64 * report.Template.Cells.Count);
        CsvFields.AppendLine(csv, Header);
        AppendRows(csv, report, options);
        return csv.ToString();
    }

    /// <summary>Appends the report's lines without a header, to stack several reports under one.</summary>
    public static void AppendRows(StringBuilder csv, IReport report, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(report);
        options ??= RenderOptions.Default;
        var name = options.ReportName ?? options.Title ?? string.Empty;
        var version = report.Template.Version;
        foreach (var cell in report.Template.Cells)
        {
            CsvFields.AppendLine(csv, [name, version, cell.Table.Id, cell.Row.Id, cell.Column.Id, cell.Key, CellValueText.Format(report.GetValue(cell.Ordinal)) ?? string.Empty]);
        }
    }
}

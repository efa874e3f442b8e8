using System;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.Reports;

/// <summary>Key-based access to any generated report.</summary>
public static class ReportExtensions
{
    /// <summary>Reads a cell by its key <c>Table.Row.Column</c>; false where the template has no such cell.</summary>
    public static bool TryGetValue(this IReport report, string key, out decimal? value)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Template.TryGetCell(key, out var cell))
        {
            value = report.GetValue(cell.Ordinal);
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>Copies every cell value into a new array in cell order.</summary>
    public static decimal?[] ToValues(this IReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var values = new decimal?[report.Template.Cells.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = report.GetValue(i);
        }

        return values;
    }
}

using System.Globalization;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.Docs.Pages;

/// <summary>A column's cell type in words, the same in the version pages and the differences.</summary>
internal static class CellTypeText
{
    public static string Of(ColumnInfo column) => column.Type switch
    {
        CellType.Count => "count",
        CellType.SignedCount => "signed count",
        _ => string.Create(CultureInfo.InvariantCulture, $"decimal, up to {column.Scale} places, ") + (column.Unit is null ? "unit as reported" : "in " + column.Unit),
    };
}

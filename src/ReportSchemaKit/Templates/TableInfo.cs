using System.Collections.Generic;

namespace ReportSchemaKit.Templates;

/// <summary>A table of a template version: rows crossed with columns.</summary>
public sealed class TableInfo
{
    /// <summary>Canonical id, stable across template versions (for example <c>Requests</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The table's label as printed (for example 第二十条第（一）项).</summary>
    public required string Label { get; init; }

    /// <summary>Other spellings met in published reports.</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];

    /// <summary>The id of the section the table belongs to.</summary>
    public required string SectionId { get; init; }

    /// <summary>Documentation text from the template, or <c>null</c>.</summary>
    public string? Description { get; init; }

    /// <summary>The printed header cell above the row labels (for example 信息内容), or <c>null</c>.</summary>
    public string? RowHeader { get; init; }

    /// <summary>The printed header cell spanning every value column (for example 申请人情况), or <c>null</c>.</summary>
    public string? ColumnHeader { get; init; }

    /// <summary>The data rows in printed order.</summary>
    public required IReadOnlyList<RowInfo> Rows { get; init; }

    /// <summary>The value columns in printed order.</summary>
    public required IReadOnlyList<ColumnInfo> Columns { get; init; }

    /// <summary>The physical layout in the official format.</summary>
    public TableLayout Layout { get; init; } = TableLayout.Default;

    /// <summary>The ordinal of the table's first cell in its template's cell order.</summary>
    public required int FirstCellOrdinal { get; init; }

    /// <summary>The ordinal of the cell at the given row and column indexes.</summary>
    public int CellOrdinal(int rowIndex, int columnIndex) => FirstCellOrdinal + (rowIndex * Columns.Count) + columnIndex;
}

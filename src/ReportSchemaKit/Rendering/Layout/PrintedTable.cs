using System.Collections.Generic;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.Rendering.Layout;

/// <summary>
/// A table of a template version laid out as the official format prints it: a title row where its
/// section's heading does not already name it, the header rows with their spans, then the body. Cells
/// are listed row by row in printed order, each row holding only the cells that start in it (as in
/// HTML, a cell spanning rows is listed once, in its first row).
/// </summary>
public sealed class PrintedTable
{
    internal PrintedTable(TableInfo table, string? title, int labelColumns, int width, IReadOnlyList<IReadOnlyList<PrintedCell>> headerRows, IReadOnlyList<IReadOnlyList<PrintedCell>> bodyRows)
    {
        Table = table;
        Title = title;
        LabelColumns = labelColumns;
        Width = width;
        HeaderRows = headerRows;
        BodyRows = bodyRows;
    }

    /// <summary>The model table.</summary>
    public TableInfo Table { get; }

    /// <summary>The table's label, printed above it; <c>null</c> where the section heading already says it.</summary>
    public string? Title { get; }

    /// <summary>How many printed columns the row labels and their groups take (0 for a single-row table).</summary>
    public int LabelColumns { get; }

    /// <summary>How many printed columns the table has: label columns, then value columns.</summary>
    public int Width { get; }

    /// <summary>The header rows, top to bottom.</summary>
    public IReadOnlyList<IReadOnlyList<PrintedCell>> HeaderRows { get; }

    /// <summary>The body rows, top to bottom: one per model row, or one line of every value for a single-row table.</summary>
    public IReadOnlyList<IReadOnlyList<PrintedCell>> BodyRows { get; }
}

using System.Collections.Generic;

namespace ReportSchemaKit.Templates;

/// <summary>The physical layout of a table in the official format.</summary>
public sealed class TableLayout
{
    /// <summary>How model rows are printed.</summary>
    public TableBodyLayout Body { get; init; } = TableBodyLayout.Grid;

    /// <summary>
    /// The printed header rows above the value columns, top to bottom, where the template declares them;
    /// empty where the header follows from the column groups.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<HeaderCell>> HeaderRows { get; init; } = [];

    /// <summary>The grid layout with a header derived from the columns.</summary>
    public static TableLayout Default { get; } = new();
}

using DuckDB.NET.Data;

namespace ReportSchemaKit.Cli.Extraction;

/// <summary>
/// An earlier reportkit wrote <c>findings.cells</c> as text, <c>key=value @line:column, …</c>; this one writes the
/// list of keys (the values and positions are the report's rows in <c>cells</c>). A database of the earlier kind is
/// converted once, when opened, so its old and new findings read alike: the keys are what precedes each <c>=</c>.
/// </summary>
internal static class FindingCellsFromText
{
    /// <summary>Converts the column where it is still text; run after <see cref="CellEnums.WidenWhereOutdated"/>.</summary>
    public static void ConvertWhereText(DuckDBConnection connection)
    {
        if (CellEnums.ColumnType(connection, "findings", "cells") != "VARCHAR")
        {
            return;
        }

        // "previous." marked a cell of last year's report, which extract never read; the key is the same.
        const string keys =
            "list_filter(list_transform(string_split(cells, ', '), lambda c: regexp_replace(split_part(c, '=', 1), '^previous[.]', '')), lambda k: k <> '')";
        ReportStore.Execute(connection, $"ALTER TABLE findings ALTER COLUMN cells SET DATA TYPE {CellEnums.KeyListType(connection)} USING {keys}");
    }
}

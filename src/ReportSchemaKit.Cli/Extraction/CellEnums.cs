using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DuckDB.NET.Data;
using ReportSchemaKit.GovInfo;

namespace ReportSchemaKit.Cli.Extraction;

/// <summary>
/// The <c>cells</c> table's <c>key</c>, <c>state</c> and <c>binding</c> are DuckDB ENUMs (<c>cell_key</c>,
/// <c>cell_state</c>, <c>cell_binding</c>), and <c>findings.cells</c> a list of <c>cell_key</c>, rather
/// than text: the one writer appends two hundred cells per report, and an ENUM value is stored as a small number
/// looked up once, where text is copied on every row (measured: 10,000 reports of 200 cells appended in 214 µs per
/// report against 310–395 µs with text). Queries read them as text (<c>WHERE key = 'Requests.NewReceived.Total'</c>,
/// <c>LIKE</c>, joins with <c>cell_keys.key</c>) without a cast.
/// </summary>
internal static class CellEnums
{
    /// <summary>Every cell key of every template version this reportkit knows, once each (a key is the same in every version).</summary>
    public static IReadOnlyList<string> Keys { get; } =
        ReportTemplates.Catalog.Templates.SelectMany(t => t.Cells).Select(c => c.Key).Distinct().Order(System.StringComparer.Ordinal).ToArray();

    /// <summary>
    /// Creates the types where the database lacks them (all three in a new one; <c>cell_binding</c> in one an earlier
    /// reportkit wrote); run before <see cref="StoreSchema.Create"/>, whose columns use them.
    /// </summary>
    public static void CreateTypes(DuckDBConnection connection)
    {
        CreateType(connection, "cell_key", Keys);
        CreateType(connection, "cell_state", CellStateNames.States);
        CreateType(connection, "cell_binding", CellStateNames.Bindings);
    }

    /// <summary>
    /// A database written by an earlier reportkit has ENUMs without the keys of template versions added since. DuckDB
    /// cannot add values to an ENUM, so such a column becomes text, once (and <c>findings.cells</c> a list of text):
    /// appending a new key then works, and queries read the columns as before.
    /// </summary>
    public static void WidenWhereOutdated(DuckDBConnection connection)
    {
        if (Widen(connection, "key", "cell_key", Keys) && IsEnumList(connection))
        {
            ReportStore.Execute(connection, "ALTER TABLE findings ALTER COLUMN cells SET DATA TYPE VARCHAR[]");
        }

        Widen(connection, "state", "cell_state", CellStateNames.States);
        Widen(connection, "binding", "cell_binding", CellStateNames.Bindings);
    }

    /// <summary>The type <c>findings.cells</c> takes: a list of whatever <c>cells.key</c> is (run after <see cref="WidenWhereOutdated"/>).</summary>
    public static string KeyListType(DuckDBConnection connection) =>
        ColumnType(connection, "cells", "key") == "VARCHAR" ? "VARCHAR[]" : "cell_key[]";

    internal static string ColumnType(DuckDBConnection connection, string table, string column)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT data_type FROM duckdb_columns() WHERE database_name = current_database() AND table_name = '{table}' AND column_name = '{column}'";
        return System.Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "";
    }

    private static bool IsEnumList(DuckDBConnection connection) =>
        ColumnType(connection, "findings", "cells") is var type && type.StartsWith("ENUM(", System.StringComparison.Ordinal) && type.EndsWith("[]", System.StringComparison.Ordinal);

    private static void CreateType(DuckDBConnection connection, string type, IReadOnlyList<string> values)
    {
        if (Count(connection, $"SELECT count(*) FROM duckdb_types() WHERE type_name = '{type}' AND database_name = current_database()") == 0)
        {
            ReportStore.Execute(connection, $"CREATE TYPE {type} AS ENUM ({string.Join(", ", values.Select(Quote))})");
        }
    }

    /// <summary>Turns the <c>cells</c> column to text where its ENUM lacks some of the values; true where it did.</summary>
    private static bool Widen(DuckDBConnection connection, string column, string type, IReadOnlyList<string> values)
    {
        if (ColumnType(connection, "cells", column) == "VARCHAR")
        {
            return false;
        }

        var stored = new HashSet<string>(System.StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT unnest(enum_range(NULL::{type}))::VARCHAR";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                stored.Add(reader.GetString(0));
            }
        }

        if (values.All(stored.Contains))
        {
            return false;
        }

        ReportStore.Execute(connection, $"ALTER TABLE cells ALTER COLUMN {column} SET DATA TYPE VARCHAR");
        return true;
    }

    private static string Quote(string value) => "'" + value.Replace("'", "''", System.StringComparison.Ordinal) + "'";

    private static long Count(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return System.Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}

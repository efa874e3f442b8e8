using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DuckDB.NET.Data;
using ReportSchemaKit.GovInfo;

namespace ReportSchemaKit.Cli.Extraction;

/// <summary>
/// The <c>cells</c> table's <c>key</c> and <c>state</c> are DuckDB ENUMs (<c>cell_key</c>, <c>cell_state</c>) rather
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

    /// <summary>Creates the two types in a new database; run before <see cref="StoreSchema.Create"/>.</summary>
    public static void CreateTypes(DuckDBConnection connection)
    {
        CreateType(connection, "cell_key", Keys);
        CreateType(connection, "cell_state", CellStateNames.States);
    }

    /// <summary>
    /// A database written by an earlier reportkit has ENUMs without the keys of template versions added since. DuckDB
    /// cannot add values to an ENUM, so such a column becomes text, once: appending a new key then works, and
    /// queries read the column as before.
    /// </summary>
    public static void WidenWhereOutdated(DuckDBConnection connection)
    {
        Widen(connection, "key", "cell_key", Keys);
        Widen(connection, "state", "cell_state", CellStateNames.States);
    }

    private static void CreateType(DuckDBConnection connection, string type, IReadOnlyList<string> values)
    {
        if (Count(connection, $"SELECT count(*) FROM duckdb_types() WHERE type_name = '{type}' AND database_name = current_database()") == 0)
        {
            Execute(connection, $"CREATE TYPE {type} AS ENUM ({string.Join(", ", values.Select(Quote))})");
        }
    }

    private static void Widen(DuckDBConnection connection, string column, string type, IReadOnlyList<string> values)
    {
        var columnIsEnum = Count(connection,
            $"SELECT count(*) FROM duckdb_columns() WHERE database_name = current_database() AND table_name = 'cells' AND column_name = '{column}' AND data_type <> 'VARCHAR'") > 0;
        if (!columnIsEnum)
        {
            return;
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

        if (!values.All(stored.Contains))
        {
            Execute(connection, $"ALTER TABLE cells ALTER COLUMN {column} SET DATA TYPE VARCHAR");
        }
    }

    private static string Quote(string value) => "'" + value.Replace("'", "''", System.StringComparison.Ordinal) + "'";

    private static long Count(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return System.Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

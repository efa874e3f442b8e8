using ReportSchemaKit.Cli.Tests.Infrastructure;

namespace ReportSchemaKit.Cli.Tests;

/// <summary>The <c>cells</c> table's key and state are DuckDB ENUMs, and a database whose ENUM lacks keys still takes new reports.</summary>
public sealed class CellEnumTests
{
    private const string KeyColumnType = "SELECT data_type FROM duckdb_columns() WHERE table_name = 'cells' AND column_name = 'key'";

    [Fact]
    public void A_new_database_stores_keys_and_states_as_enums_that_read_as_text()
    {
        using var folder = new TempFolder();
        var database = folder.File("r.duckdb");

        var run = Reportkit.Run("extract", Corpus.PathOf("2022-anpeng-f2021-pipes.txt"), "--db", database);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var store = new Store(database);
        Assert.StartsWith("ENUM(", store.Rows(KeyColumnType)[0][0], System.StringComparison.Ordinal);
        Assert.Equal(200, store.Scalar("SELECT count(*) FROM cells c JOIN cell_keys k ON k.key = c.key AND k.version = '2021'"));
        Assert.Equal(7, store.Scalar("SELECT count(*) FROM cells WHERE key LIKE 'Requests.NewReceived.%'"));
        Assert.Equal(
            store.Scalar("SELECT value_cells FROM reports"),
            store.Scalar("SELECT count(*) FROM cells WHERE state = 'value'"));
    }

    [Fact]
    public void A_database_whose_key_enum_lacks_keys_turns_the_column_to_text_and_stores_every_cell()
    {
        using var folder = new TempFolder();
        var database = folder.File("r.duckdb");
        using (var older = new Store(database))
        {
            // As a reportkit that knew a single cell would have left it.
            older.Execute("CREATE TYPE cell_key AS ENUM ('Requests.NewReceived.Total')");
        }

        var first = Reportkit.Run("extract", Corpus.PathOf("2022-anpeng-f2021-pipes.txt"), "--db", database);
        var second = Reportkit.Run("extract", Corpus.PathOf("2020-puwei-f2019-lines.txt"), "--db", database);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.False(first.HasStackTrace || second.HasStackTrace, first + "\n" + second);
        using var store = new Store(database);
        Assert.Equal("VARCHAR", store.Rows(KeyColumnType)[0][0]);
        Assert.Equal(0, store.Scalar("SELECT count(*) FROM reports r WHERE cell_count <> (SELECT count(*) FROM cells c WHERE c.report_id = r.report_id)"));
        Assert.Equal(2, store.Scalar("SELECT count(DISTINCT report_id) FROM cells WHERE key = 'Requests.NewReceived.Total'"));
    }
}

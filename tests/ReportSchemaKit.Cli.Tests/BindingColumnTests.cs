using System;
using System.IO;
using System.Linq;
using ReportSchemaKit.Cli.Extraction;
using ReportSchemaKit.Cli.Tests.Infrastructure;
using ReportSchemaKit.Parsing;

namespace ReportSchemaKit.Cli.Tests;

/// <summary>
/// <c>cells.binding</c> holds the evidence that placed each cell (NULL for a missing one), in the database and its
/// Parquet and CSV exports; a database an earlier reportkit wrote without it gets the column, its old rows NULL.
/// </summary>
public sealed class BindingColumnTests
{
    private const string BindingType = "SELECT data_type FROM duckdb_columns() WHERE table_name = 'cells' AND column_name = 'binding'";

    [Fact]
    public void Each_cell_stores_its_binding_and_the_exports_carry_it()
    {
        using var folder = new TempFolder();
        var database = folder.File("r.duckdb");
        LabelLostReport.WriteTo(folder);
        File.Copy(Corpus.PathOf("2023-tuoli-f2021-lines.txt"), folder.File("2023-tuoli-f2021-lines.txt"));

        var run = Reportkit.Run("extract", folder.Path, "--db", database, "--parquet", folder.File("parquet"), "--csv", folder.File("csv"));

        Assert.True(run.ExitCode == 0, run.ToString());
        using var store = new Store(database);
        Assert.StartsWith("ENUM(", store.Rows(BindingType)[0][0], StringComparison.Ordinal);
        var lost = store.Scalar($"SELECT report_id FROM reports WHERE path LIKE '%{LabelLostReport.Name}'");
        Assert.Equal(
            Enumerable.Repeat("order", 7),
            store.Rows($"SELECT binding FROM cells WHERE report_id = {lost} AND key LIKE '{LabelLostReport.Row}.%'").Select(r => r[0]));
        Assert.Equal("label", store.Rows($"SELECT binding FROM cells WHERE report_id = {lost} AND key = 'Requests.Disclosed.Total'")[0][0]);
        Assert.Equal(7, store.Scalar("SELECT count(*) FROM cells WHERE binding = 'order'"));

        // A missing cell has no binding, and every other cell has one.
        Assert.Equal(store.Scalar("SELECT sum(missing_cells)::BIGINT FROM reports"), store.Scalar("SELECT count(*) FROM cells WHERE binding IS NULL"));
        Assert.Equal(0, store.Scalar("SELECT count(*) FROM cells WHERE (state = 'missing') <> (binding IS NULL)"));

        var parquet = folder.File(Path.Combine("parquet", "cells.parquet"));
        Assert.Equal(7, store.Scalar($"SELECT count(*) FROM read_parquet('{parquet}') WHERE binding = 'order'"));
        var csv = File.ReadAllLines(folder.File(Path.Combine("csv", "cells.csv")));
        Assert.EndsWith(",binding", csv[0], StringComparison.Ordinal);
        Assert.Equal(7, csv.Count(line => line.EndsWith(",order", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_database_without_the_binding_column_gets_it_and_its_old_cells_keep_null()
    {
        using var folder = new TempFolder();
        var database = folder.File("r.duckdb");
        using (var older = new Store(database))
        {
            // As the reportkit before bindings left it: its ENUMs and the cells table up to page.
            older.Execute(EarlierReports.Sql(1000) + $"""
                CREATE TYPE cell_key AS ENUM ({string.Join(", ", CellEnums.Keys.Select(k => $"'{k}'"))});
                CREATE TYPE cell_state AS ENUM ('value', 'blank', 'empty-marker', 'missing', 'invalid');
                CREATE TABLE cells (report_id INTEGER NOT NULL, key cell_key NOT NULL, value DECIMAL(38, 10), state cell_state NOT NULL,
                    raw VARCHAR, line INTEGER, col INTEGER, page INTEGER);
                INSERT INTO cells VALUES (1000, 'Requests.NewReceived.Total', 3, 'value', NULL, 12, 2, NULL);
                """);
        }

        using (var labelLost = new TempFolder())
        {
            var run = Reportkit.Run("extract", LabelLostReport.WriteTo(labelLost), "--db", database);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.False(run.HasStackTrace, run.ToString());
        }

        using var store = new Store(database);
        Assert.StartsWith("ENUM(", store.Rows(BindingType)[0][0], StringComparison.Ordinal);
        Assert.Equal(["3 value NULL"], store.Rows("SELECT value::INTEGER, state, binding FROM cells WHERE report_id = 1000").Select(r => string.Join(' ', r)));
        var added = store.Scalar($"SELECT report_id FROM reports WHERE path LIKE '%{LabelLostReport.Name}'");
        Assert.Equal(7, store.Scalar($"SELECT count(*) FROM cells WHERE report_id = {added} AND binding = 'order'"));
        Assert.Equal(0, store.Scalar($"SELECT count(*) FROM cells WHERE report_id = {added} AND binding IS NULL"));
        Assert.Equal(193, store.Scalar($"SELECT count(*) FROM cells WHERE report_id = {added} AND binding IN ('label', 'column-position')"));
    }

    [Fact]
    public void Every_binding_but_none_has_its_own_word_in_the_enum()
    {
        var words = Enum.GetValues<CellBinding>().Where(b => b != CellBinding.None).Select(CellStateNames.Of).ToArray();

        Assert.Null(CellStateNames.Of(CellBinding.None));
        Assert.Equal(CellStateNames.Bindings, words);
    }
}

using System.Linq;
using ReportSchemaKit.Cli.Tests.Infrastructure;

namespace ReportSchemaKit.Cli.Tests;

/// <summary>
/// A PDF's positions name their page (<c>cells.page</c>, <c>diagnostics.page</c>); a database an earlier reportkit
/// wrote without those columns gets them, and rows appended after land in the right columns.
/// </summary>
public sealed class PageColumnTests
{
    [Fact]
    public void A_database_without_page_columns_gets_them_and_a_pdf_fills_them()
    {
        using var folder = new TempFolder();
        var database = folder.File("r.duckdb");
        using (var older = new Store(database))
        {
            older.Execute(EarlierReports.Sql(1000) + """
                CREATE TABLE cells (report_id INTEGER NOT NULL, key VARCHAR NOT NULL, value DECIMAL(38, 10), state VARCHAR NOT NULL,
                    raw VARCHAR, line INTEGER, col INTEGER);
                CREATE TABLE diagnostics (report_id INTEGER NOT NULL, code VARCHAR NOT NULL, severity VARCHAR NOT NULL,
                    message VARCHAR NOT NULL, cell_key VARCHAR, line INTEGER, col INTEGER);
                INSERT INTO cells VALUES (1000, 'Requests.NewReceived.Total', 3, 'value', NULL, 12, 2);
                """);
        }

        var run = Reportkit.Run("extract", Corpus.PathOf("2023-hongze-f2021.pdf"), Corpus.PathOf("2023-tuoli-f2021-lines.txt"), "--db", database);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var store = new Store(database);
        Assert.Equal(["12 2 NULL"], store.Rows("SELECT line, col, page FROM cells WHERE report_id = 1000").Select(r => string.Join(' ', r)));
        var pdf = store.Scalar("SELECT report_id FROM reports WHERE path LIKE '%.pdf'");
        Assert.Equal(0, store.Scalar($"SELECT count(*) FROM cells WHERE report_id = {pdf} AND state = 'value' AND (page IS NULL OR page < 1 OR line IS NULL)"));
        Assert.True(store.Scalar($"SELECT count(DISTINCT page) FROM cells WHERE report_id = {pdf}") > 1, "the hongze tables span pages");
        Assert.Equal(0, store.Scalar($"SELECT count(*) FROM cells c JOIN reports r USING (report_id) WHERE r.path LIKE '%.txt' AND c.page IS NOT NULL"));
        Assert.Equal(0, store.Scalar($"SELECT count(*) FROM diagnostics WHERE report_id = {pdf} AND line IS NOT NULL AND page IS NULL"));
    }
}

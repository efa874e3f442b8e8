using System.Linq;
using ReportSchemaKit.Cli.Tests.Infrastructure;

namespace ReportSchemaKit.Cli.Tests;

/// <summary>
/// <c>findings.cells</c> is the list of the keys a failed rule read, joined to <c>cells</c> for their values; a
/// database an earlier reportkit wrote, with the cells as text, is converted when opened.
/// </summary>
public sealed class FindingCellsTests
{
    private const string Report = "2023-jinshan-f2021-lines.txt";

    private const string OldFindings = """
        CREATE TABLE findings (report_id INTEGER NOT NULL, rule_id VARCHAR NOT NULL, severity VARCHAR NOT NULL, location VARCHAR NOT NULL,
            left_value DECIMAL(38, 10), right_value DECIMAL(38, 10), difference DECIMAL(38, 10), cells VARCHAR NOT NULL);
        INSERT INTO findings VALUES
            (1000, 'requests.results-sum', 'error', 'Requests.*.Total', 5, 3, 2,
             'Requests.ResultsTotal.Total=5 @12:3, Requests.Disclosed.Total=blank, previous.Requests.NewReceived.Total=1'),
            (1001, 'report.check', 'error', '*', NULL, NULL, NULL, '');
        """;

    [Fact]
    public void A_findings_cells_are_keys_of_cells_the_report_stored()
    {
        using var folder = new TempFolder();
        var database = folder.File("r.duckdb");

        var run = Reportkit.Run("extract", Corpus.PathOf(Report), "--db", database);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var store = new Store(database);
        Assert.True(store.Scalar("SELECT count(*) FROM findings") > 0, "the report breaks rules");
        // Every key a finding names joins a cell of the same report (its value and position).
        Assert.Equal(0, store.Scalar("""
            SELECT count(*) FROM findings f, unnest(f.cells) AS u(key)
            WHERE NOT EXISTS (SELECT 1 FROM cells c WHERE c.report_id = f.report_id AND c.key = u.key)
            """));
        Assert.Equal(0, store.Scalar("SELECT count(*) FROM findings WHERE len(cells) = 0"));
    }

    [Fact]
    public void Text_cells_an_earlier_reportkit_wrote_become_lists_of_keys_beside_the_new_findings()
    {
        using var folder = new TempFolder();
        var database = folder.File("r.duckdb");
        using (var older = new Store(database))
        {
            older.Execute(EarlierReports.Sql(1000, 1001) + OldFindings);
        }

        var run = Reportkit.Run("extract", Corpus.PathOf(Report), "--db", database);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.False(run.HasStackTrace, run.ToString());
        using var store = new Store(database);
        Assert.Matches(@"^ENUM\(.*\)\[\]$", store.Rows(CellsType)[0][0]);
        Assert.Equal(
            ["1000 Requests.ResultsTotal.Total,Requests.Disclosed.Total,Requests.NewReceived.Total", "1001 "],
            store.Rows("SELECT report_id, array_to_string(cells, ',') FROM findings WHERE report_id IN (1000, 1001) ORDER BY report_id").Select(r => string.Join(' ', r)));
        Assert.True(store.Scalar("SELECT count(*) FROM findings WHERE report_id > 1001") > 0);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void With_a_key_enum_lacking_keys_the_findings_cells_become_lists_of_text_and_still_take_new_findings(bool oldFindings)
    {
        using var folder = new TempFolder();
        var database = folder.File("r.duckdb");
        using (var older = new Store(database))
        {
            // As a reportkit that knew a single cell would have left it, with or without findings as text.
            older.Execute("CREATE TYPE cell_key AS ENUM ('Requests.NewReceived.Total');" + (oldFindings ? EarlierReports.Sql(1000, 1001) + OldFindings : ""));
        }

        var first = Reportkit.Run("extract", Corpus.PathOf(Report), "--db", database);
        var second = Reportkit.Run("extract", Corpus.PathOf("2023-hongze-f2021.pdf"), "--db", database);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        using var store = new Store(database);
        Assert.Equal("VARCHAR[]", store.Rows(CellsType)[0][0]);
        Assert.Equal(2, store.Scalar("SELECT count(DISTINCT report_id) FROM findings WHERE report_id NOT IN (1000, 1001)"));
        Assert.Equal(oldFindings ? 1 : 0, store.Scalar("SELECT count(*) FROM findings WHERE report_id = 1000 AND cells[3] = 'Requests.NewReceived.Total'"));
    }

    private const string CellsType = "SELECT data_type FROM duckdb_columns() WHERE table_name = 'findings' AND column_name = 'cells'";
}

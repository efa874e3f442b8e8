using System;
using System.Globalization;
using System.IO;
using ReportSchemaKit.Cli.Tests.Infrastructure;

namespace ReportSchemaKit.Cli.Tests;

/// <summary>
/// Rows of a batch a killed run never committed, which DuckDB can bring back without their report (seen in about
/// one of 40 kills), are removed when the database is next opened, before their ids are given to new reports.
/// </summary>
public sealed class UncommittedRowsTests
{
    [Fact]
    public void Cells_and_findings_left_without_their_report_are_removed_and_said_before_the_ids_are_used_again()
    {
        using var folder = new TempFolder();
        var report = File.ReadAllBytes(Corpus.PathOf("2023-jinshan-f2021-lines.txt"));
        folder.Write("in/1.txt", report);
        folder.Write("in/2.txt", [.. report, .. "\n"u8]);
        var database = folder.File("reports.duckdb");
        var first = Reportkit.Run("extract", folder.File("in"), "--db", database, "--no-progress");
        Assert.True(first.ExitCode == 0, first.ToString());
        long cells, findings;
        using (var killed = new Store(database))
        {
            // What a torn commit leaves: the next batch's cells and findings (here report 1's, copied) under the
            // next id, with no report row.
            killed.Execute("INSERT INTO cells SELECT 3, key, value, state, raw, line, col, page, binding FROM cells WHERE report_id = 1");
            killed.Execute("INSERT INTO findings SELECT 3, rule_id, severity, location, left_value, right_value, difference, cells FROM findings WHERE report_id = 1");
            cells = killed.Scalar("SELECT count(*) FROM cells WHERE report_id = 3");
            findings = killed.Scalar("SELECT count(*) FROM findings WHERE report_id = 3");
        }

        Assert.True(cells > 0 && findings > 0);
        folder.Write("in/3.txt", [.. report, .. "\n\n"u8]);
        var again = Reportkit.Run("extract", folder.File("in"), "--db", database, "--no-progress");

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"repaired    removed {cells:N0} cells rows, {findings:N0} findings rows that a killed run had left without their report"), again.Output, StringComparison.Ordinal);
        using var store = new Store(database);
        // The new report took id 3 and has its own rows only.
        Assert.Equal(3, store.Scalar("SELECT report_id FROM reports WHERE path LIKE '%3.txt'"));
        Assert.Equal(store.Scalar("SELECT cell_count FROM reports WHERE report_id = 3"), store.Scalar("SELECT count(*) FROM cells WHERE report_id = 3"));
        Assert.Equal(store.Scalar("SELECT failed_rules FROM reports WHERE report_id = 3"), store.Scalar("SELECT count(*) FROM findings WHERE report_id = 3"));

        var third = Reportkit.Run("extract", folder.File("in"), "--db", database, "--no-progress");
        Assert.DoesNotContain("repaired", third.Output, StringComparison.Ordinal);
    }
}

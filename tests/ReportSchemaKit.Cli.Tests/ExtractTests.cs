using System;
using System.IO;
using System.Linq;
using System.Text;
using ReportSchemaKit.Cli.Tests.Infrastructure;
using ReportSchemaKit.GovInfo;
using ReportSchemaKit.Testing;
using ReportSchemaKit.Validation;

namespace ReportSchemaKit.Cli.Tests;

/// <summary><c>reportkit extract</c> over the corpus and over broken files, checked by querying the database it wrote.</summary>
public sealed class ExtractTests
{
    [Fact]
    public void The_corpus_is_stored_cell_for_cell_and_a_rerun_skips_it_all()
    {
        using var folder = new TempFolder();
        var database = folder.File("reports.duckdb");

        var first = Reportkit.Run("extract", RepositoryLocation.Corpus, "--db", database);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.False(first.HasStackTrace, first.ToString());
        using (var store = new Store(database))
        {
            Assert.Equal(Infrastructure.Corpus.Files.Count, store.Scalar("SELECT count(*) FROM reports WHERE status = 'report'"));
            foreach (var file in Infrastructure.Corpus.Files)
            {
                var parsed = ReportTemplates.Parse(File.ReadAllBytes(file));
                var report = parsed.Report!;
                var id = store.Scalar($"SELECT report_id FROM reports WHERE path = '{file}'");
                var cells = store.Rows($"SELECT key, value, line, col, page FROM cells WHERE report_id = {id}").ToDictionary(r => r[0]);
                Assert.Equal(report.Template.Cells.Count, cells.Count);
                foreach (var cell in report.Template.Cells)
                {
                    var expected = report.GetValue(cell.Ordinal) is { } value ? value.ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture) : "NULL";
                    var row = cells[cell.Key];
                    var stored = row[1] == "NULL" ? "NULL" : decimal.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture).ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture);
                    Assert.True(expected == stored, $"{file} {cell.Key}: stored {stored}, parsed {expected}");

                    // Where it stands: line and column, and the page of a PDF (NULL for an input without pages).
                    var at = parsed.Cells[cell.Ordinal].Position;
                    var expectedAt = at is { } p ? $"{p.Line} {p.Column} {(p.Page > 0 ? p.Page : "NULL")}" : "NULL NULL NULL";
                    Assert.True(expectedAt == string.Join(' ', row[2..]), $"{file} {cell.Key}: stored at {string.Join(' ', row[2..])}, parsed at {expectedAt}");
                }

                // Each failed rule once, naming the cells it read in the validator's order.
                var failed = parsed.Validate().Findings.Where(f => f.Outcome == FindingOutcome.Failed)
                    .Select(f => $"{f.RuleId} {f.Location} {string.Join(",", f.Cells.Select(c => c.Key))}").Order(StringComparer.Ordinal);
                var storedFindings = store.Rows($"SELECT rule_id, location, array_to_string(cells, ',') FROM findings WHERE report_id = {id}")
                    .Select(r => string.Join(' ', r)).Order(StringComparer.Ordinal);
                Assert.Equal(failed, storedFindings);
            }
        }

        var again = Reportkit.Run("extract", RepositoryLocation.Corpus, "--db", database);

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Matches($@"skipped\s+{Infrastructure.Corpus.Files.Count} files", again.Output);
        using var after = new Store(database);
        Assert.Equal(Infrastructure.Corpus.Files.Count, after.Scalar("SELECT count(*) FROM reports"));
    }

    [Fact]
    public void Unreadable_files_are_stored_and_listed_and_never_stop_the_run()
    {
        using var folder = new TempFolder();
        folder.Write("in/good.txt", File.ReadAllBytes(Infrastructure.Corpus.PathOf("2023-jinshan-f2021-lines.txt")));
        folder.Write("in/empty.txt", []);
        folder.Write("in/random.txt", BadInputTests.RandomBytes(4096, seed: 2));
        folder.Write("in/cut.pdf", File.ReadAllBytes(Infrastructure.Corpus.PathOf("2023-hongze-f2021.pdf"))[..5000]);
        folder.Write("in/prose.md", Encoding.UTF8.GetBytes("# 说明\n\n本年度无统计表。\n"));
        var database = folder.File("reports.duckdb");

        var run = Reportkit.Run("extract", folder.File("in"), "--db", database);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.False(run.HasStackTrace, run.ToString());
        // Listed once each, by path, after the summary (read back from the database, not kept during the run).
        var listed = run.Output.Split('\n').SkipWhile(line => line != "unreadable files:").Skip(1).TakeWhile(line => line.StartsWith("  ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(
            new[] { "cut.pdf", "empty.txt", "prose.md", "random.txt" }.Select(name => folder.File("in/" + name)),
            listed.Select(line => line[2..line.IndexOf(": ", StringComparison.Ordinal)]));

        using var store = new Store(database);
        Assert.Equal(1, store.Scalar("SELECT count(*) FROM reports WHERE status = 'report'"));
        Assert.Equal(4, store.Scalar("SELECT count(*) FROM reports WHERE status = 'unreadable' AND error IS NOT NULL"));
    }

    [Fact]
    public void An_unreadable_file_stored_by_another_reportkit_version_is_tried_again_and_its_row_replaced()
    {
        using var folder = new TempFolder();
        folder.Write("in/good.txt", File.ReadAllBytes(Infrastructure.Corpus.PathOf("2023-jinshan-f2021-lines.txt")));
        folder.Write("in/prose.md", Encoding.UTF8.GetBytes("# 说明\n\n本年度无统计表。\n"));
        var database = folder.File("reports.duckdb");
        var first = Reportkit.Run("extract", folder.File("in"), "--db", database);
        Assert.True(first.ExitCode == 0, first.ToString());
        long oldId;
        using (var older = new Store(database))
        {
            // As an earlier reportkit, without the readers of this one, would have left the unreadable file.
            oldId = older.Scalar("SELECT report_id FROM reports WHERE status = 'unreadable'");
            older.Execute("UPDATE reports SET reportkit_version = '0.0.1-earlier' WHERE status = 'unreadable'");
        }

        var again = Reportkit.Run("extract", folder.File("in"), "--db", database);

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Matches(@"skipped\s+1 files", again.Output);
        using var store = new Store(database);
        Assert.Equal(2, store.Scalar("SELECT count(*) FROM reports"));
        Assert.Equal(0, store.Scalar($"SELECT count(*) FROM reports WHERE report_id = {oldId}"));
        Assert.Equal(1, store.Scalar("SELECT count(*) FROM reports WHERE status = 'unreadable' AND reportkit_version <> '0.0.1-earlier'"));
        Assert.Equal(store.Scalar("SELECT cell_count FROM reports WHERE status = 'report'"), store.Scalar("SELECT count(*) FROM cells"));
    }

    [Fact]
    public void Parquet_and_csv_copies_are_written_beside_the_database()
    {
        using var folder = new TempFolder();

        var run = Reportkit.Run("extract", Infrastructure.Corpus.PathOf("2022-anpeng-f2021-pipes.txt"), "--db", folder.File("r.duckdb"), "--parquet", folder.File("parquet"), "--csv", folder.File("csv"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(folder.File("parquet/cells.parquet")), run.ToString());
        var csv = File.ReadAllLines(folder.File("csv/cells.csv"));
        Assert.Equal(1 + 200, csv.Length); // a header and the 2021 format's 200 cells
    }

    [Theory]
    [InlineData("/proc/reportkit-test/reports.duckdb")] // a read-only file system, even for root
    [InlineData("/dev/full")] // a device with no space left
    public void An_unwritable_database_answers_2_and_says_why(string database)
    {
        var run = Reportkit.Run("extract", Infrastructure.Corpus.PathOf("2022-anpeng-f2021-pipes.txt"), "--db", database);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(database, run.Error, StringComparison.Ordinal);
        Assert.False(run.HasStackTrace, run.ToString());
    }
}

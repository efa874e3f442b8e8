using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ReportSchemaKit.Cli.Extraction;
using ReportSchemaKit.Cli.Tests.Infrastructure;

namespace ReportSchemaKit.Cli.Tests;

/// <summary>
/// Where the content filter says "maybe", the database decides: with a filter of 64 bits, which says "maybe" to
/// nearly every content after the first few, a run stores and counts exactly what a run with the full filter does.
/// </summary>
public sealed class DoubtfulContentTests
{
    private const int TinyFilter = 6;

    [Fact]
    public async Task A_filter_that_doubts_nearly_everything_changes_nothing_stored_or_counted()
    {
        using var folder = new TempFolder();
        var prose = Encoding.UTF8.GetBytes("# 说明\n\n本年度无统计表。\n");
        for (var i = 0; i < 12; i++)
        {
            folder.Write($"in/a/{i}.txt", ReportVariants.Variant(i));
        }

        for (var i = 0; i < 3; i++)
        {
            folder.Write($"in/b/copy-{i}.txt", ReportVariants.Variant(i));
        }

        folder.Write("in/a/prose.md", prose);
        folder.Write("in/b/prose-copy.md", prose);

        var tiny = await Extract(folder.File("tiny.duckdb"), folder.File("in"), TinyFilter);
        var full = await Extract(folder.File("full.duckdb"), folder.File("in"), ContentHashFilter.DefaultSizeLog2);

        Assert.Equal((12, 1, 4, 0), (tiny.Stored, tiny.Unreadable, tiny.Duplicates, tiny.Skipped));
        Assert.Equal((12, 1, 4, 0), (full.Stored, full.Unreadable, full.Duplicates, full.Skipped));
        // The tiny filter made the writer read new contents again; the full one never did.
        Assert.True(tiny.ReadAgain > 0, "the tiny filter never doubted a new content");
        Assert.Equal(0, full.ReadAgain);
        Assert.Equal(Contents(folder.File("full.duckdb")), Contents(folder.File("tiny.duckdb")));

        // A second run: three new reports, the rest stored before; the unreadable file as an older reportkit left it.
        for (var i = 12; i < 15; i++)
        {
            folder.Write($"in/c/{i}.txt", ReportVariants.Variant(i));
        }

        long oldId;
        using (var older = new Store(folder.File("tiny.duckdb")))
        {
            oldId = older.Scalar("SELECT report_id FROM reports WHERE status = 'unreadable'");
            older.Execute("UPDATE reports SET reportkit_version = '0.0.1-earlier' WHERE status = 'unreadable'");
        }

        var again = await Extract(folder.File("tiny.duckdb"), folder.File("in"), TinyFilter);

        // The prose is tried again (and its copy is a duplicate of it); the 15 other old files are skipped.
        Assert.Equal((3, 1, 1, 15), (again.Stored, again.Unreadable, again.Duplicates, again.Skipped));
        using var store = new Store(folder.File("tiny.duckdb"));
        Assert.Equal(16, store.Scalar("SELECT count(*) FROM reports"));
        Assert.Equal(16, store.Scalar("SELECT count(DISTINCT sha256) FROM reports"));
        Assert.Equal(0, store.Scalar($"SELECT count(*) FROM reports WHERE report_id = {oldId}"));
        Assert.Equal(0, store.Scalar("SELECT count(*) FROM reports r WHERE status = 'report' AND cell_count <> (SELECT count(*) FROM cells c WHERE c.report_id = r.report_id)"));
    }

    [Fact]
    public void A_doubtful_file_changed_since_it_was_read_is_stored_with_its_new_content_and_one_deleted_as_unreadable()
    {
        using var folder = new TempFolder();
        var report = File.ReadAllBytes(Corpus.PathOf("2023-jinshan-f2021-lines.txt"));
        var changed = folder.Write("in/changed.txt", report);
        var deleted = folder.Write("in/deleted.txt", [.. report, .. "\n\n"u8]);
        var database = folder.File("r.duckdb");
        byte[] edited = [.. report, .. "\n（修订）\n"u8];
        var counts = new ExtractionCounts();
        using (var store = ReportStore.Open(database, reopenEvery: 100, TinyFilter))
        {
            using var writer = new StoreWriter(store, counts, confirmEvery: 10);
            // As a worker hands them over when the filter says their content is likely stored: hashed, not parsed.
            var first = ExtractedFile.Read(changed, likelyStored: _ => true);
            var second = ExtractedFile.Read(deleted, likelyStored: _ => true);
            File.WriteAllBytes(changed, edited);
            File.Delete(deleted);

            writer.Take(first);
            writer.Take(second);
            writer.Finish();

        }

        Assert.Equal((1, 1, 0, 0), (counts.Stored, counts.Unreadable, counts.Duplicates, counts.Skipped));
        using var stored = new Store(database);
        Assert.Equal(ContentHash.Of(edited).ToString(), stored.Rows($"SELECT sha256 FROM reports WHERE path = '{changed}'").Single()[0]);
        Assert.Equal("unreadable", stored.Rows($"SELECT status FROM reports WHERE path = '{deleted}'").Single()[0]);
    }

    private static async Task<ExtractionCounts> Extract(string database, string input, int filterSizeLog2)
    {
        var counts = new ExtractionCounts();
        using var store = ReportStore.Open(database, reopenEvery: 100, filterSizeLog2);
        // Two workers, and at most four doubtful files a query, so several queries settle the run's doubts.
        await new ExtractionRun(store, counts, workers: 2, confirmEvery: 4).RunAsync([input], CancellationToken.None);
        return counts;
    }

    /// <summary>What was stored of each content, whatever its path or id.</summary>
    private static string[] Contents(string database)
    {
        using var store = new Store(database);
        return store.Rows("SELECT sha256, status, cell_count, failed_rules, (SELECT count(*) FROM cells c WHERE c.report_id = r.report_id) FROM reports r ORDER BY sha256")
            .Select(row => string.Join(' ', row)).ToArray();
    }
}

using System.IO;
using System.Linq;
using System.Text;
using ReportSchemaKit.Cli.Extraction;
using ReportSchemaKit.Cli.Tests.Infrastructure;

namespace ReportSchemaKit.Cli.Tests;

/// <summary>
/// The writer's checkpoints do not vacuum: a checkpoint that merges row groups makes DuckDB load and keep what it
/// knows of every row group of the table, memory that grows with the database (see ReportStore.MaxVacuumTasks).
/// </summary>
public sealed class StoreVacuumTests
{
    [Fact]
    public void Small_row_groups_left_by_commits_between_checkpoints_stay_unmerged()
    {
        using var folder = new TempFolder();
        var database = folder.File("r.duckdb");
        var report = File.ReadAllBytes(Corpus.PathOf("2023-jinshan-f2021-lines.txt"));
        const int Batches = 4;

        // A reopen after every file: each close checkpoints, so each batch's cells make a row group of their own,
        // a few hundred rows that a vacuum would merge into one.
        using (var store = ReportStore.Open(database, reopenEvery: 1, ContentHashFilter.DefaultSizeLog2))
        {
            for (var i = 0; i < Batches; i++)
            {
                var content = report.Concat(Encoding.UTF8.GetBytes(new string('\n', i + 1))).ToArray();
                var file = ExtractedFile.FromContent(folder.File($"in/{i}.txt"), content, ContentHash.Of(content));
                using var batch = store.BeginBatch();
                Assert.Equal(ClaimOutcome.Taken, store.Claim(file));
                batch.Append(file);
                batch.Commit();
            }

            Assert.Equal(Batches - 1, store.Reopened);
        }

        using var stored = new Store(database);
        Assert.Equal(Batches, stored.Scalar("SELECT count(DISTINCT report_id) FROM cells"));
        Assert.Equal(Batches, stored.Scalar("SELECT count(DISTINCT row_group_id) FROM pragma_storage_info('cells')"));
    }
}

using System.IO;
using System.Linq;
using System.Text;
using ReportSchemaKit.Cli.Tests.Infrastructure;

namespace ReportSchemaKit.Cli.Tests;

/// <summary>Which files <c>reportkit extract</c> finds when it walks folders, checked by the paths it stored.</summary>
public sealed class FolderWalkTests
{
    [Fact]
    public void Subfolders_and_hidden_files_are_walked_but_not_other_kinds_of_file_or_linked_folders()
    {
        using var folder = new TempFolder();
        var a = folder.Write("in/a.txt", File.ReadAllBytes(Corpus.PathOf("2023-jinshan-f2021-lines.txt")));
        var b = folder.Write("in/sub/deeper/b.MD", File.ReadAllBytes(Corpus.PathOf("2022-anpeng-f2021-pipes.txt")));
        var hidden = folder.Write("in/sub/.c.html", File.ReadAllBytes(Corpus.PathOf("2020-puwei-f2019-lines.txt")));
        folder.Write("in/sub/export.csv", Encoding.UTF8.GetBytes("key,value\n"));
        folder.Write("in/sub/notes.json", Encoding.UTF8.GetBytes("{}"));
        folder.Write("outside/d.txt", Encoding.UTF8.GetBytes("reached only through the link"));
        Directory.CreateSymbolicLink(folder.File("in/link"), folder.File("outside"));
        var database = folder.File("reports.duckdb");

        var run = Reportkit.Run("extract", folder.File("in"), "--db", database);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var store = new Store(database);
        var stored = store.Rows("SELECT path FROM reports ORDER BY path").Select(r => r[0]);
        Assert.Equal(new[] { hidden, b, a }.Order(System.StringComparer.Ordinal), stored.Order(System.StringComparer.Ordinal));
    }

    [Fact]
    public void Every_file_of_a_large_folder_is_found_once()
    {
        using var folder = new TempFolder();
        const int count = 2_000;
        for (var i = 0; i < count; i++)
        {
            folder.Write($"in/note-{i:D4}.txt", Encoding.UTF8.GetBytes($"第{i}号 说明，无统计表。"));
        }

        var database = folder.File("reports.duckdb");

        var run = Reportkit.Run("extract", folder.File("in"), "--db", database);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var store = new Store(database);
        Assert.Equal(count, store.Scalar("SELECT count(DISTINCT path) FROM reports"));
        Assert.Equal(count, store.Scalar("SELECT count(*) FROM reports WHERE status = 'unreadable'"));
    }
}

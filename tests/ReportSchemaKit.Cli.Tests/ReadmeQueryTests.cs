using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ReportSchemaKit.Cli.Tests.Infrastructure;
using ReportSchemaKit.Testing;

namespace ReportSchemaKit.Cli.Tests;

/// <summary>
/// The README's DuckDB queries run against a database <c>extract</c> wrote of the corpus and the jinshan report with
/// a lost label (the one its binding example stores), and give the rows the README shows after them.
/// </summary>
public sealed partial class ReadmeQueryTests
{
    [Fact]
    public void Every_query_runs_and_gives_the_rows_the_readme_shows()
    {
        var queries = Queries(File.ReadAllText(Path.Combine(RepositoryLocation.Root, "README.md")));
        Assert.True(queries.Count >= 3, $"the README has {queries.Count} sql blocks");
        Assert.Contains(queries, q => q.Sql.Contains("binding", StringComparison.Ordinal));

        using var folder = new TempFolder();
        foreach (var file in Corpus.Files)
        {
            File.Copy(file, folder.File(Path.GetFileName(file)));
        }

        LabelLostReport.WriteTo(folder);
        var database = folder.File("reports.duckdb");
        var run = Reportkit.Run("extract", folder.Path, "--db", database);
        Assert.True(run.ExitCode == 0, run.ToString());

        using var store = new Store(database);
        foreach (var (sql, shown, elided) in queries)
        {
            var rows = store.Rows(sql).Select(r => string.Join(" | ", r.Select(Normalized))).ToList();
            Assert.True(shown.Count > 0, "no result table after\n" + sql);

            // A table with a "…" row shows some of the rows, in their order; the binding example shows them all (it
            // is the filter that says which cells to check), while others may gain the label-lost copy's row.
            if (sql.Contains("binding", StringComparison.Ordinal))
            {
                Assert.False(elided, sql);
                Assert.Equal(shown, rows);
            }
            else
            {
                Assert.True(IsSubsequence(shown, rows), $"{sql}\nshown:\n{string.Join('\n', shown)}\ngot:\n{string.Join('\n', rows)}");
            }
        }
    }

    /// <summary>Each <c>```sql</c> block with the table after it: its rows (cells joined by " | ") and whether it elides some.</summary>
    private static List<(string Sql, List<string> Shown, bool Elided)> Queries(string readme)
    {
        var queries = new List<(string, List<string>, bool)>();
        foreach (Match block in SqlBlock().Matches(readme.ReplaceLineEndings("\n")))
        {
            var table = block.Groups["table"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Skip(2) // the header and the |---| line
                .Select(line => line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray())
                .ToList();
            var elided = table.Any(row => row[0] == "…");
            queries.Add((block.Groups["sql"].Value, table.Where(row => row[0] != "…").Select(row => string.Join(" | ", row.Select(Normalized))).ToList(), elided));
        }

        return queries;
    }

    /// <summary>A number as the README writes it (3, -5), whatever its scale in the database (3.0000000000).</summary>
    private static string Normalized(string cell) =>
        decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number.ToString("0.##########", CultureInfo.InvariantCulture)
            : cell;

    private static bool IsSubsequence(List<string> shown, List<string> rows)
    {
        var next = 0;
        foreach (var row in rows)
        {
            if (next < shown.Count && shown[next] == row)
            {
                next++;
            }
        }

        return next == shown.Count;
    }

    [GeneratedRegex(@"```sql\n(?<sql>(?:(?!```).)*)```\n\n(?<table>(\|[^\n]*\n)+)", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();
}

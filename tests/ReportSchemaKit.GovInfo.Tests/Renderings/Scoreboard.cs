using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ReportSchemaKit.Parsing;

namespace ReportSchemaKit.GovInfo.Tests.Renderings;

/// <summary>
/// Every committed rendering parsed and scored, summed per converter (and the source format it converted) and in
/// total, as a Markdown table: the figure issue 22 asks to bring to 0 wrong and 99% exact. "Of them values" counts
/// the wrong cells that hold a value, apart from those holding an empty marker or invalid text.
/// </summary>
internal static class Scoreboard
{
    /// <summary>Parses one rendering and scores it against its source's expected cells.</summary>
    /// <param name="testProject">The test project's folder or its output folder: either holds Renderings/ and Corpus/.</param>
    public static RenderingScore Score(string testProject, Rendering rendering)
    {
        ArgumentNullException.ThrowIfNull(rendering);
        var result = ReportParser.Parse(File.ReadAllBytes(rendering.Path), ReportTemplates.Catalog);
        return RenderingScore.Of(result, ExpectedCells.Of(testProject, rendering.SourceStem));
    }

    /// <summary>The table per converter and in total; with <paramref name="perFile"/>, a row per rendering after it.</summary>
    public static string Table(string testProject, bool perFile = false)
    {
        var scored = Rendering.All(Path.Combine(testProject, "Renderings")).Select(r => (Rendering: r, Score: Score(testProject, r))).ToList();
        var text = new StringBuilder("| converter | from | files | read whole | cells | exact | missing | wrong | of them values | % exact |\n|---|---|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        foreach (var group in scored.GroupBy(s => (s.Rendering.Converter, s.Rendering.SourceFormat)).OrderBy(g => g.Key.SourceFormat, StringComparer.Ordinal).ThenBy(g => g.Key.Converter, StringComparer.Ordinal))
        {
            Row(text, group.Key.Converter, group.Key.SourceFormat, group.Select(s => s.Score).ToList());
        }

        Row(text, "**total**", string.Empty, scored.Select(s => s.Score).ToList());
        if (perFile)
        {
            text.Append("\n| rendering | | files | read whole | cells | exact | missing | wrong | of them values | % exact |\n|---|---|--:|--:|--:|--:|--:|--:|--:|--:|\n");
            foreach (var (rendering, score) in scored)
            {
                Row(text, rendering.FileName, string.Empty, [score]);
            }
        }

        return text.ToString();
    }

    /// <summary>Per rendering, its wrong cells (key, expected, got) and the keys of its missing cells: what a closing note lists.</summary>
    public static string Cells(string testProject)
    {
        var text = new StringBuilder();
        foreach (var rendering in Rendering.All(Path.Combine(testProject, "Renderings")))
        {
            var score = Score(testProject, rendering);
            text.Append("## ").Append(rendering.FileName).Append('\n');
            foreach (var wrong in score.WrongCells)
            {
                text.Append("wrong ").Append(wrong).Append('\n');
            }

            text.Append("missing ").AppendJoin(' ', score.MissingKeys).Append("\n\n");
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string converter, string from, List<RenderingScore> scores)
    {
        var cells = scores.Sum(s => s.Cells);
        var exact = scores.Sum(s => s.Exact);
        text.Append(CultureInfo.InvariantCulture,
            $"| {converter} | {from} | {scores.Count} | {scores.Count(s => s.Exact == s.Cells)} | {cells} | {exact} | {scores.Sum(s => s.Missing)} | {scores.Sum(s => s.Wrong)} | {scores.Sum(s => s.WrongCells.Count(w => w.GotValue))} | {(cells == 0 ? 0 : 100.0 * exact / cells):F1} |\n");
    }
}

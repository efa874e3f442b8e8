using System;
using System.IO;
using System.Linq;
using ReportSchemaKit.GovInfo.V2021;
using ReportSchemaKit.Layout;
using ReportSchemaKit.Parsing;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.GovInfo.Tests.Parsing;

/// <summary>Inputs the parsing tests start from: corpus reports and reports written by the test.</summary>
internal static class ParsingFixtures
{
    public static string CorpusText(string name) => File.ReadAllText(Path.Combine(SharedFiles.Directory, "corpus", name + ".txt"));

    public static byte[] CorpusBytes(string name) => File.ReadAllBytes(Path.Combine(SharedFiles.Directory, "corpus", name + ".txt"));

    /// <summary>A 2021 report whose every cell holds a distinct value (its ordinal + 1), in the one-cell-per-line layout.</summary>
    public static (GovInfoReport2021 Report, string Text) Distinct2021Lines()
    {
        var values = GovInfoReport2021.TemplateInfo.Cells.Select(c => (decimal?)(c.Ordinal + 1)).ToArray();
        var report = GovInfoReport2021.FromValues(values);
        return (report, LayoutWriter.Write(report, LayoutKind.Lines, 2023));
    }

    public static CellInfo Cell(string key) =>
        GovInfoReport2021.TemplateInfo.TryGetCell(key, out var cell) ? cell : throw new ArgumentException("No cell " + key, nameof(key));

    /// <summary>Replaces the one line that reads exactly <paramref name="line"/>; fails if it is not there once.</summary>
    public static string ReplaceLine(string text, string line, string replacement)
    {
        var lines = text.Split('\n');
        Assert.Single(lines, l => l.TrimEnd('\r') == line);
        return string.Join('\n', lines.Select(l => l.TrimEnd('\r') == line ? replacement : l));
    }

    public static ParseDiagnostic Single(ReportParseResult result, string code)
    {
        var matches = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matches.Count == 1, $"Expected one {code}; got:{Environment.NewLine}{string.Join(Environment.NewLine, result.Diagnostics)}");
        return matches[0];
    }
}

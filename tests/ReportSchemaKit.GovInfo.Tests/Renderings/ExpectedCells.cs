using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ReportSchemaKit.GovInfo.Tests.Renderings;

/// <summary>
/// A source's expected cells, read from a listing in CellListing's format (Table.Row.Column, a tab, the value; an
/// empty value is a cell the source prints blank; lines starting with # are notes). The written sources and the
/// hand-made pages have theirs in Renderings/Expected; the corpus PDFs keep theirs with the corpus tests.
/// </summary>
internal static class ExpectedCells
{
    /// <param name="testProject">The test project's folder, or the test output folder: both hold Renderings/ and Corpus/.</param>
    /// <param name="sourceStem">The source's file name without its extension.</param>
    public static IReadOnlyList<(string Key, string Value)> Of(string testProject, string sourceStem)
    {
        var own = Path.Combine(testProject, "Renderings", "Expected", sourceStem + ".cells.txt");
        var corpus = Path.Combine(testProject, "Corpus", "Expected", sourceStem + ".pdftotext-layout.cells.txt");
        var path = File.Exists(own) ? own : File.Exists(corpus) ? corpus : throw new FileNotFoundException($"No expected cells for {sourceStem}: neither {own} nor {corpus}");
        return File.ReadAllLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t') is [var key, var value] ? (key, value) : throw new FormatException($"{path}: '{line}' is not Key<TAB>Value"))
            .ToList();
    }
}

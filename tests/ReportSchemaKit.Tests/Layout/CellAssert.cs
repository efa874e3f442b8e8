using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Layout;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Tests.Layout;

/// <summary>Finds cells by text and checks where they are.</summary>
internal static class CellAssert
{
    /// <summary>The index of the only cell with this text; fails when there is none or several.</summary>
    public static int IndexOfSingle(IReadOnlyList<SourceCell> cells, string text)
    {
        int[] matches = Enumerable.Range(0, cells.Count).Where(i => cells[i].Text == text).ToArray();
        Assert.True(matches.Length == 1, $"Expected one cell \"{text}\", found {matches.Length}.");
        return matches[0];
    }

    /// <summary>The index of the first cell with this text; fails when there is none.</summary>
    public static int IndexOfFirst(IReadOnlyList<SourceCell> cells, string text)
    {
        for (int i = 0; i < cells.Count; i++)
        {
            if (cells[i].Text == text)
            {
                return i;
            }
        }

        Assert.Fail($"No cell \"{text}\".");
        return -1;
    }

    /// <summary>Checks the cell at an index: text and position (line, column).</summary>
    public static void At(IReadOnlyList<SourceCell> cells, int index, string text, int line, int column)
    {
        Assert.Equal(text, cells[index].Text);
        Assert.Equal(new SourcePosition(line, column), cells[index].Position);
    }

    /// <summary>The texts of <paramref name="count"/> cells starting at <paramref name="index"/>.</summary>
    public static string[] TextsFrom(IReadOnlyList<SourceCell> cells, int index, int count) =>
        cells.Skip(index).Take(count).Select(c => c.Text).ToArray();
}

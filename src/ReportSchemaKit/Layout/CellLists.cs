using System.Collections.Generic;

namespace ReportSchemaKit.Layout;

/// <summary>The one way every reader answers <see cref="ILayoutReader.Read(string)"/>: a new list, filled by its ReadInto.</summary>
internal static class CellLists
{
    public static IReadOnlyList<SourceCell> Read(ILayoutReader reader, string text)
    {
        var cells = new List<SourceCell>();
        reader.ReadInto(text, cells);
        return cells;
    }
}

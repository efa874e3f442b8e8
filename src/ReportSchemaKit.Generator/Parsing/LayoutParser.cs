using System.Collections.Generic;
using ReportSchemaKit.Generator.Diagnostics;
using ReportSchemaKit.Generator.Spec;
using YamlDotNet.RepresentationModel;

namespace ReportSchemaKit.Generator.Parsing;

/// <summary>
/// Reads a table's physical layout and checks that its header tiles the printed value columns
/// exactly: every header row, with the row spans coming down from above, covers each column once.
/// </summary>
internal static class LayoutParser
{
    public static LayoutSpec Read(MappingReader table, string tableId, int rowCount, int columnCount)
    {
        var layout = table.Mapping("layout", KeySets.Layout, required: false, string.Empty);
        if (layout is null)
        {
            return LayoutSpec.Grid;
        }

        var singleRow = layout.OneOf("body", "grid", "single-row") == "single-row";
        var headerNode = layout.Sequence("header", required: false, "the header is a list of printed rows, each a list of cells");
        var header = new List<HeaderRowSpec>();
        foreach (var rowNode in headerNode?.Children ?? [])
        {
            if (rowNode is not YamlSequenceNode cells)
            {
                layout.Diagnostics.Report(DiagnosticDescriptors.InvalidValue, rowNode.Start, rowNode.End,
                    "each header row is a list of cells such as - [{ text: 结果维持, rowSpan: 2 }]");
                continue;
            }

            var row = new List<HeaderCellSpec>();
            foreach (var cellNode in cells.Children)
            {
                var cell = MappingReader.AsMapping(cellNode, KeySets.HeaderCell, layout.Diagnostics, "header");
                var text = cell?.RequiredString("text", "the printed header text");
                if (cell is not null && text is not null)
                {
                    row.Add(new HeaderCellSpec(text, cell.OptionalInt("rowSpan", 1, 100) ?? 1, cell.OptionalInt("colSpan", 1, 1000) ?? 1));
                }
            }

            header.Add(new HeaderRowSpec(row.ToEquatableArray()));
        }

        if (headerNode is not null && !layout.Diagnostics.HasErrors)
        {
            var width = singleRow ? rowCount * columnCount : columnCount;
            var problem = CheckTiling(header, width, singleRow, rowCount, columnCount);
            if (problem is not null)
            {
                layout.Diagnostics.Report(DiagnosticDescriptors.LayoutMismatch, headerNode.Start, headerNode.End, tableId, problem);
            }
        }

        return new LayoutSpec(singleRow, header.ToEquatableArray());
    }

    private static string? CheckTiling(List<HeaderRowSpec> header, int width, bool singleRow, int rowCount, int columnCount)
    {
        var printed = singleRow
            ? $"{width} value columns ({rowCount} rows × {columnCount} columns printed on one line)"
            : $"{width} value columns";
        var remaining = new int[width];
        for (var r = 0; r < header.Count; r++)
        {
            var covered = 0;
            for (var c = 0; c < width; c++)
            {
                covered += remaining[c] > 0 ? 1 : 0;
            }

            var column = 0;
            foreach (var cell in header[r].Cells)
            {
                while (column < width && remaining[column] > 0)
                {
                    column++;
                }

                if (column + cell.ColSpan > width)
                {
                    return $"header row {r + 1} is wider than the table's {printed} at '{cell.Text}'";
                }

                for (var k = column; k < column + cell.ColSpan; k++)
                {
                    remaining[k] = cell.RowSpan;
                }

                column += cell.ColSpan;
                covered += cell.ColSpan;
            }

            if (covered != width)
            {
                return $"header row {r + 1} covers {covered} of the table's {printed}; make the spans add up";
            }

            for (var c = 0; c < width; c++)
            {
                remaining[c] = remaining[c] > 0 ? remaining[c] - 1 : 0;
            }
        }

        for (var c = 0; c < width; c++)
        {
            if (remaining[c] > 0)
            {
                return $"a rowSpan reaches below the last header row (value column {c + 1})";
            }
        }

        return null;
    }
}

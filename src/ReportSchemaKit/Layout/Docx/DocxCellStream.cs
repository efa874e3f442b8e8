using System.Collections.Generic;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Layout;

/// <summary>Walks a Word body into the cell stream described on <see cref="DocxLayoutReader"/>.</summary>
internal sealed class DocxCellStream
{
    private readonly List<SourceCell> _cells;
    private readonly CollapsedText _text = new();

    // Ordinal of the last paragraph or table row read (positions' lines), and of the last physical row.
    private int _block;
    private int _lastRow = -1;

    private DocxCellStream(List<SourceCell> cells) => _cells = cells;

    public static void Read(Body body, List<SourceCell> cells) => new DocxCellStream(cells).ReadBlocks(body);

    /// <summary>Paragraphs and tables of a body or of a wrapper around them (content control, custom XML).</summary>
    private void ReadBlocks(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    ReadNarrative(paragraph);
                    break;
                case Table table:
                    ReadTable(table);
                    break;
                case SectionProperties or SdtProperties or SdtEndCharProperties:
                    break;
                default:
                    ReadBlocks(child);
                    break;
            }
        }
    }

    private void ReadNarrative(Paragraph paragraph)
    {
        var position = new SourcePosition(++_block, 1);
        var piece = 1;
        ParagraphText.Append(paragraph, _text, onBreak: () =>
        {
            Flush(position with { Column = piece });
            piece++;
        });
        Flush(position with { Column = piece });
    }

    private void Flush(SourcePosition position)
    {
        var text = _text.Take();
        if (text.Length > 0)
        {
            _cells.Add(new SourceCell(text, position, Row: -1, InTable: false));
        }
    }

    private void ReadTable(Table table)
    {
        // Per grid column, the index in the stream of the cell whose vertical merge is open there.
        var openMerges = new Dictionary<int, int>();
        foreach (var row in Rows(table))
        {
            ReadRow(row, openMerges);
        }
    }

    private void ReadRow(TableRow row, Dictionary<int, int> openMerges)
    {
        var line = ++_block;
        var physicalRow = ++_lastRow;
        var column = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
        var previous = -1;
        foreach (var cell in Cells(row))
        {
            var properties = cell.TableCellProperties;
            var span = System.Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
            var vertical = properties?.VerticalMerge;
            if (vertical is not null && vertical.Val?.Value != MergedCellValues.Restart && openMerges.TryGetValue(column, out var merged))
            {
                // A continuing cell is the merged cell one row further down; text typed into it (rare) joins the cell's.
                var more = CellText(cell);
                var first = _cells[merged];
                _cells[merged] = first with { RowSpan = first.RowSpan + 1, Text = more.Length == 0 ? first.Text : first.Text + more };
                column += span;
                continue;
            }

            if (properties?.HorizontalMerge?.Val?.Value == MergedCellValues.Continue && previous >= 0)
            {
                _cells[previous] = _cells[previous] with { ColSpan = _cells[previous].ColSpan + span };
                column += span;
                continue;
            }

            var index = _cells.Count;
            _cells.Add(new SourceCell(CellText(cell), new SourcePosition(line, column + 1), physicalRow, 1, span));
            previous = index;
            for (var c = column; c < column + span; c++)
            {
                openMerges.Remove(c);
            }

            if (vertical is not null)
            {
                openMerges[column] = index;
            }

            foreach (var nested in NestedTables(cell))
            {
                ReadTable(nested);
            }

            column += span;
        }
    }

    /// <summary>The text of a cell's paragraphs, run together; nested tables are read on their own.</summary>
    private string CellText(TableCell cell)
    {
        AppendCellText(cell);
        return _text.Take();
    }

    private void AppendCellText(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    ParagraphText.Append(paragraph, _text, _text.BreakLine);
                    _text.BreakLine();
                    break;
                case Table or TableCellProperties or SdtProperties or SdtEndCharProperties:
                    break;
                default:
                    AppendCellText(child);
                    break;
            }
        }
    }

    private static IEnumerable<Table> NestedTables(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is Table table)
            {
                yield return table;
            }
            else if (child is not Paragraph)
            {
                foreach (var nested in NestedTables(child))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>The rows of a table, looking through content controls and custom XML around rows.</summary>
    private static IEnumerable<TableRow> Rows(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is TableRow row)
            {
                yield return row;
            }
            else if (child is SdtRow or CustomXmlRow or SdtContentRow)
            {
                foreach (var inner in Rows(child))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>The cells of a row, looking through content controls and custom XML around cells.</summary>
    private static IEnumerable<TableCell> Cells(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is TableCell cell)
            {
                yield return cell;
            }
            else if (child is SdtCell or CustomXmlCell or SdtContentCell)
            {
                foreach (var inner in Cells(child))
                {
                    yield return inner;
                }
            }
        }
    }
}

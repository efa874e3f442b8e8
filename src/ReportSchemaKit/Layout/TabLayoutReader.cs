using System;
using System.Collections.Generic;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Layout;

/// <summary>
/// Reads a tab-indented layout: table cells on lines that start with a tab, one or several per line
/// (separated by tabs), narrative on unindented lines.
/// </summary>
/// <remarks>
/// <para>Leading tabs and spaces are indentation, not cells; trailing ones are dropped. The rest of the
/// line is split at each tab, and each piece, trimmed of spaces of every kind (NBSP included), is a cell;
/// a piece that is empty between two tabs is a blank cell (<see cref="SourceCell.Text"/> empty), as in
/// tab-separated rows copied from a table.</para>
/// <para>A line is in the table when it is indented, holds several cells, or follows a table line directly
/// (a label the source broke over lines, like 商业 / 企业, continues on an unindented line). Other lines are
/// narrative (<see cref="SourceCell.InTable"/> false). Empty and space-only lines separate; a line of only
/// spaces with an NBSP or ideographic space among them is a blank cell, as in <see cref="LineLayoutReader"/>.</para>
/// <para>When some line holds several cells, each table line is a physical row (a continuation line shares
/// the row of the line it continues); otherwise the layout is one cell per line and rows are -1.</para>
/// </remarks>
public sealed class TabLayoutReader : ILayoutReader
{
    /// <inheritdoc />
    public LayoutKind Kind => LayoutKind.Tabs;

    /// <inheritdoc />
    public IReadOnlyList<SourceCell> Read(string text) => CellLists.Read(this, text);

    /// <inheritdoc />
    public void ReadInto(string text, List<SourceCell> cells)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(cells);

        bool hasRows = HasLineWithSeveralCells(text);
        cells.EnsureCapacity(cells.Count + text.AsSpan().Count('\n') + 1);
        int row = -1;
        bool previousInTable = false;
        var lines = new TextLineEnumerator(text);
        while (lines.MoveNext())
        {
            ReadOnlySpan<char> line = lines.Current;
            int indent = CountIndentation(line, out bool indented);
            ReadOnlySpan<char> content = TrimLayoutEnd(line[indent..]);
            if (UnicodeSpaces.CountLeading(content) == content.Length)
            {
                int mark = UnicodeSpaces.IndexOfBlankCellMark(content);
                if (mark < 0)
                {
                    previousInTable = false;
                    continue;
                }

                bool blankInTable = indented || previousInTable;
                int blankRow = hasRows && blankInTable ? ++row : -1;
                cells.Add(new SourceCell(string.Empty, new SourcePosition(lines.LineNumber, indent + mark + 1), blankRow, InTable: blankInTable));
                previousInTable = blankInTable;
                continue;
            }

            bool severalCells = content.Contains('\t');
            bool inTable = indented || severalCells || previousInTable;
            int cellRow = -1;
            if (hasRows && inTable)
            {
                // A wrapped label's end continues its row; a number on a line of its own (a value printed loose) does
                // not, nor does a single character (a group label printed one character per line, 无 as a marker).
                bool continuation = previousInTable && !indented && !severalCells && !IsNumberLike(content) && content.Length > 1;
                cellRow = continuation ? row : ++row;
            }

            AddCells(cells, content, lines.LineNumber, indent, cellRow, inTable);
            previousInTable = inTable;
        }

    }

    private static void AddCells(List<SourceCell> cells, ReadOnlySpan<char> content, int lineNumber, int offset, int row, bool inTable)
    {
        while (true)
        {
            int tab = content.IndexOf('\t');
            ReadOnlySpan<char> piece = tab < 0 ? content : content[..tab];
            int leading = UnicodeSpaces.CountLeading(piece);
            ReadOnlySpan<char> cellText = piece[leading..];
            cellText = cellText[..^UnicodeSpaces.CountTrailing(cellText)];
            int column = offset + (cellText.IsEmpty ? 0 : leading) + 1;
            cells.Add(new SourceCell(CellText.Create(cellText), new SourcePosition(lineNumber, column), row, InTable: inTable));
            if (tab < 0)
            {
                return;
            }

            content = content[(tab + 1)..];
            offset += tab + 1;
        }
    }

    // Indentation is the run of ASCII spaces and tabs at the start; the line is indented when it holds a tab.
    private static int CountIndentation(ReadOnlySpan<char> line, out bool indented)
    {
        int i = 0;
        indented = false;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            indented |= line[i] == '\t';
            i++;
        }

        return i;
    }

    /// <summary>Digits and no CJK text: a value (perhaps bracketed, as （0）), never the end of a wrapped label.</summary>
    private static bool IsNumberLike(ReadOnlySpan<char> content) =>
        content.IndexOfAnyInRange('0', '9') >= 0 && content.IndexOfAnyInRange('\u3400', '\u9FFF') < 0;

    private static ReadOnlySpan<char> TrimLayoutEnd(ReadOnlySpan<char> text) => text.TrimEnd(" \t");

    private static bool HasLineWithSeveralCells(string text)
    {
        var lines = new TextLineEnumerator(text);
        while (lines.MoveNext())
        {
            ReadOnlySpan<char> line = lines.Current;
            if (TrimLayoutEnd(line[CountIndentation(line, out _)..]).Contains('\t'))
            {
                return true;
            }
        }

        return false;
    }
}

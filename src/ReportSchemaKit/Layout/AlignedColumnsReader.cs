using System;
using System.Collections.Generic;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Layout;

/// <summary>
/// Reads text whose table columns are aligned with runs of spaces, as <c>pdftotext -layout</c> and
/// other PDF or Word converters write it: <c>行政许可          550</c>, or a row label followed by seven
/// numbers on one line.
/// </summary>
/// <remarks>
/// <para>Each line is a physical row. A run of two or more spaces (ASCII, NBSP or ideographic) ends a
/// cell; a single space does not, because converters put single spaces inside labels they wrap or
/// justify (<c>三 、本 年 度办 理 结果</c>). A cell that holds only numbers separated by single spaces
/// (<c>0 0 0</c>) is split into one cell per number. Lines with one cell are still cells: converters
/// move a long label's end (<c>计其他情形）</c>) or a row's values onto lines of their own.</para>
/// <para>Every cell is <see cref="SourceCell.InTable"/>: aligned text does not show where a table
/// ends; the matcher tells prose from table by the labels it recognises.</para>
/// </remarks>
public sealed class AlignedColumnsReader : ILayoutReader
{
    /// <inheritdoc />
    public LayoutKind Kind => LayoutKind.AlignedColumns;

    /// <inheritdoc />
    public IReadOnlyList<SourceCell> Read(string text) => CellLists.Read(this, text);

    /// <inheritdoc />
    public void ReadInto(string text, List<SourceCell> cells)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(cells);
        cells.EnsureCapacity(cells.Count + (text.AsSpan().Count('\n') * 2));
        var row = -1;
        var lines = new TextLineEnumerator(text);
        while (lines.MoveNext())
        {
            var line = lines.Current;
            if (UnicodeSpaces.CountLeading(line) == line.Length)
            {
                continue;
            }

            row++;
            var start = 0;
            while (start < line.Length)
            {
                start += UnicodeSpaces.CountLeading(line[start..]);
                if (start >= line.Length)
                {
                    break;
                }

                var end = CellEnd(line, start);
                AddCell(cells, line[start..end], lines.LineNumber, start, row);
                start = end;
            }
        }

    }

    /// <summary>Where the cell that starts at <paramref name="start"/> ends: at two spaces in a row, or the line's end.</summary>
    private static int CellEnd(ReadOnlySpan<char> line, int start)
    {
        for (var i = start; i < line.Length - 1; i++)
        {
            if (UnicodeSpaces.IsSpace(line[i]) && UnicodeSpaces.IsSpace(line[i + 1]))
            {
                return i;
            }
        }

        return line.Length - UnicodeSpaces.CountTrailing(line);
    }

    private static void AddCell(List<SourceCell> cells, ReadOnlySpan<char> cell, int lineNumber, int offset, int row)
    {
        cell = cell[..^UnicodeSpaces.CountTrailing(cell)];
        if (!IsNumbersSeparatedBySingleSpaces(cell))
        {
            cells.Add(new SourceCell(CellText.Create(cell), new SourcePosition(lineNumber, offset + 1), row));
            return;
        }

        var position = 0;
        while (position < cell.Length)
        {
            var space = cell[position..].IndexOf(' ');
            var length = space < 0 ? cell.Length - position : space;
            cells.Add(new SourceCell(CellText.Create(cell.Slice(position, length)), new SourcePosition(lineNumber, offset + position + 1), row));
            position += length + 1;
        }
    }

    private static bool IsNumbersSeparatedBySingleSpaces(ReadOnlySpan<char> cell)
    {
        if (cell.IndexOf(' ') < 0)
        {
            return false;
        }

        foreach (var c in cell)
        {
            if (!(char.IsAsciiDigit(c) || c is ' ' or '.' or ',' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}

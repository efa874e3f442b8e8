using System;
using System.Collections.Generic;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Layout;

/// <summary>
/// Reads a table out of text whatever tool wrote it: cells are split at whatever separates them — box-drawing
/// borders (<c>w3m</c>, <c>lynx</c>), pipes with or without <c>_</c> padding (<c>html2text</c>, Markdown), ASCII grids
/// (<c>+----+</c>, pandoc), tabs, runs of spaces (<c>pdftotext -layout</c>), and a single space between a label and
/// its numbers (<c>pdftotext -raw</c>, <c>行政许可 0</c> in one cell).
/// </summary>
/// <remarks>
/// <para>Lines with borders form a drawn table. When it opens and closes with a rule and so rules every row
/// (<see cref="RuledGrid"/>), a cell is what lies between the same two borders down to the next rule, its lines
/// joined, so labels wrapped inside their cells are whole; otherwise (html2text, Markdown) each line is a row. Rules
/// (<c>├──┼──┤</c>, <c>+---+</c>, <c>|---|</c>, <c> _____</c>) are not cells. A piece between two borders that holds
/// only spaces or <c>_</c> padding is a blank cell.</para>
/// <para>Other lines are split at tabs and at runs of two or more spaces; every piece that is a label followed by
/// numbers, or only numbers, is split again with <see cref="LabelAndNumbers"/>. Each line with cells is a physical
/// row.</para>
/// <para>Every cell is <see cref="SourceCell.InTable"/>: like aligned text, plain text does not show where a table
/// ends, and the matcher tells tables from prose by their labels.</para>
/// </remarks>
public sealed class TextGridReader : ILayoutReader
{
    /// <inheritdoc />
    public LayoutKind Kind => LayoutKind.TextGrid;

    /// <inheritdoc />
    public IReadOnlyList<SourceCell> Read(string text) => CellLists.Read(this, text);

    /// <inheritdoc />
    public void ReadInto(string text, List<SourceCell> cells)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(cells);
        cells.EnsureCapacity(cells.Count + (text.AsSpan().Count('\n') * 2));
        var segments = new List<GridSegment>();
        RuledGrid? ruled = null;
        int row = -1;
        var lines = new TextLineEnumerator(text);
        while (lines.MoveNext())
        {
            ReadOnlySpan<char> line = lines.Current;
            if (GridLine.IsGridLine(line))
            {
                if (OpensRuledTable(lines, segments))
                {
                    ruled ??= new RuledGrid();
                    ReadRuledTable(ref lines, segments, ruled, ref row);
                    ruled.Flush(cells);
                }
                else
                {
                    ReadUnruledTable(ref lines, segments, cells, ref row);
                }

                continue;
            }

            if (UnicodeSpaces.CountLeading(line) == line.Length)
            {
                // A line of only spaces with an NBSP or ideographic space among them is a blank cell, as in one-cell-per-line text.
                int mark = UnicodeSpaces.IndexOfBlankCellMark(line);
                if (mark >= 0)
                {
                    cells.Add(new SourceCell(string.Empty, new SourcePosition(lines.LineNumber, mark + 1), ++row));
                }

                continue;
            }

            if (GridLine.IsBareRule(line))
            {
                continue;
            }

            row++;
            AddPlainLine(cells, line, lines.LineNumber, row);
        }
    }

    /// <summary>
    /// Whether the drawn table that starts at the current line both starts and ends with a rule, as tables that rule
    /// every row do; a copy of the enumerator looks ahead without moving the reader.
    /// </summary>
    private static bool OpensRuledTable(TextLineEnumerator lines, List<GridSegment> segments)
    {
        if (!GridLine.Split(lines.Current, segments))
        {
            return false;
        }

        bool lastIsRule = true;
        while (lines.MoveNext() && GridLine.IsGridLine(lines.Current))
        {
            lastIsRule = GridLine.Split(lines.Current, segments);
        }

        return lastIsRule;
    }

    private static void ReadRuledTable(ref TextLineEnumerator lines, List<GridSegment> segments, RuledGrid ruled, ref int row)
    {
        do
        {
            bool isRule = GridLine.Split(lines.Current, segments);
            ruled.AddLine(lines.Current, lines.LineNumber, segments, isRule, ref row);
        }
        while (NextIsGridLine(ref lines));
    }

    private static void ReadUnruledTable(ref TextLineEnumerator lines, List<GridSegment> segments, List<SourceCell> cells, ref int row)
    {
        do
        {
            ReadOnlySpan<char> line = lines.Current;
            if (GridLine.Split(line, segments))
            {
                continue;
            }

            row++;
            foreach (var segment in segments)
            {
                // Rule strokes inside a row are a blank cell's bottom border (html2text's |____|).
                ReadOnlySpan<char> piece = line[segment.Start..segment.End];
                int leading = CountPadding(piece);
                ReadOnlySpan<char> content = piece[leading..];
                content = content[..(content.Length - CountTrailingPadding(content))];
                if (content.IsEmpty)
                {
                    cells.Add(new SourceCell(string.Empty, new SourcePosition(lines.LineNumber, segment.Start + 1), row));
                    continue;
                }

                LabelAndNumbers.Add(cells, content, new SourcePosition(lines.LineNumber, segment.Start + leading + 1), row, inTable: true);
            }
        }
        while (NextIsGridLine(ref lines));
    }

    /// <summary>Moves to the next line when it is still part of the drawn table; otherwise leaves the reader where it is.</summary>
    private static bool NextIsGridLine(ref TextLineEnumerator lines)
    {
        var peek = lines;
        if (!peek.MoveNext() || !GridLine.IsGridLine(peek.Current))
        {
            return false;
        }

        lines.MoveNext();
        return true;
    }

    /// <summary>A line outside drawn tables: cells end at tabs and at runs of two or more spaces.</summary>
    private static void AddPlainLine(List<SourceCell> cells, ReadOnlySpan<char> line, int lineNumber, int row)
    {
        int start = 0;
        while (true)
        {
            start += UnicodeSpaces.CountLeading(line[start..]);
            if (start >= line.Length)
            {
                return;
            }

            int end = PieceEnd(line, start);
            ReadOnlySpan<char> piece = line[start..end];
            piece = piece[..^UnicodeSpaces.CountTrailing(piece)];
            LabelAndNumbers.Add(cells, piece, new SourcePosition(lineNumber, start + 1), row, inTable: true);
            start = end;
        }
    }

    private static int PieceEnd(ReadOnlySpan<char> line, int start)
    {
        for (int i = start; i < line.Length; i++)
        {
            if (line[i] == '\t' || (UnicodeSpaces.IsSpace(line[i]) && i + 1 < line.Length && UnicodeSpaces.IsSpace(line[i + 1])))
            {
                return i;
            }
        }

        return line.Length;
    }

    // html2text pads cells with '_' as other tools pad with spaces.
    private static int CountPadding(ReadOnlySpan<char> piece)
    {
        int i = 0;
        while (i < piece.Length && (piece[i] == '_' || UnicodeSpaces.IsSpace(piece[i])))
        {
            i++;
        }

        return i;
    }

    private static int CountTrailingPadding(ReadOnlySpan<char> piece)
    {
        int i = 0;
        while (i < piece.Length && (piece[^(i + 1)] == '_' || UnicodeSpaces.IsSpace(piece[^(i + 1)])))
        {
            i++;
        }

        return i;
    }
}

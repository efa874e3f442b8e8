using System;
using System.Collections.Generic;
using System.Text;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Layout;

/// <summary>
/// Rebuilds the cells of a table drawn with a rule between every row (<c>w3m -dump</c>'s <c>├──┼──┤</c>, pandoc's
/// <c>+----+</c> grid tables), where a cell's text may wrap over several lines between two rules.
/// </summary>
/// <remarks>
/// <para>A cell is the text between the same two borders (the same terminal columns) on consecutive lines, until a
/// rule runs under it: its lines are joined into one cell (CJK text without a space), so a label wrapped inside its
/// cell is one label. A cell that spans rows (a row group such as （三）不予公开) has no rule under it until its last
/// row, so it is one cell however many rows it spans; its text may sit on any of its lines. A cell that holds only
/// spaces is a blank cell: the grid shows it, and where it stands is evidence of its column.</para>
/// <para>Cells keep the order in which they open — top to bottom, left to right — which is the order an HTML table
/// gives them; all the cells that open on one line share a physical row.</para>
/// <para>Each line costs time in proportion to its pieces and to the cells open above it, each of which it either
/// continues or closes, so the whole table is read in linear time.</para>
/// </remarks>
internal sealed class RuledGrid
{
    private readonly List<PendingCell> _pending = [];
    private List<int> _open = [];
    private List<int> _next = [];

    /// <summary>Reads one line of the table: a rule closes the cells above it; text continues or opens cells.</summary>
    /// <param name="line">The line.</param>
    /// <param name="lineNumber">Its number, from 1.</param>
    /// <param name="segments">The line split at its borders (<see cref="GridLine.Split"/>).</param>
    /// <param name="isRule">Whether the line is a rule from border to border.</param>
    /// <param name="row">The last physical row used; advanced when the line opens cells.</param>
    public void AddLine(ReadOnlySpan<char> line, int lineNumber, List<GridSegment> segments, bool isRule, ref int row)
    {
        if (isRule)
        {
            _open.Clear();
            return;
        }

        int newRow = row + 1;
        bool opened = false;
        int o = 0;
        _next.Clear();
        foreach (var segment in segments)
        {
            if (segment.Kind == GridSegmentKind.Rule)
            {
                continue;
            }

            if (segment.Kind == GridSegmentKind.Outside)
            {
                // Text beside the drawn table is a cell of its own line.
                var outside = new PendingCell(segment.Column, segment.EndColumn, newRow);
                outside.Append(line, segment, lineNumber);
                _pending.Add(outside);
                opened = true;
                continue;
            }

            while (o < _open.Count && _pending[_open[o]].Column < segment.Column)
            {
                o++;
            }

            if (o < _open.Count && _pending[_open[o]].Column == segment.Column && _pending[_open[o]].EndColumn == segment.EndColumn)
            {
                _pending[_open[o]].Append(line, segment, lineNumber);
                _next.Add(_open[o]);
                o++;
                continue;
            }

            var cell = new PendingCell(segment.Column, segment.EndColumn, newRow);
            cell.Append(line, segment, lineNumber);
            _next.Add(_pending.Count);
            _pending.Add(cell);
            opened = true;
        }

        // Cells not continued on this line are closed; the rest span the new row too.
        (_open, _next) = (_next, _open);
        if (opened)
        {
            row = newRow;
            foreach (int index in _open)
            {
                _pending[index].LastRow = newRow;
            }
        }
    }

    /// <summary>Adds every cell of the table to <paramref name="cells"/>, in the order they opened, and starts afresh.</summary>
    public void Flush(List<SourceCell> cells)
    {
        foreach (var cell in _pending)
        {
            cell.AddTo(cells);
        }

        _pending.Clear();
        _open.Clear();
        _next.Clear();
    }

    /// <summary>A cell being read: its columns, its first row and the text of its lines so far.</summary>
    private sealed class PendingCell(int column, int endColumn, int row)
    {
        private string? _first;
        private StringBuilder? _joined;
        private SourcePosition _position;
        private bool _placed;

        public int Column { get; } = column;

        public int EndColumn { get; } = endColumn;

        public int Row { get; } = row;

        public int LastRow { get; set; } = row;

        public void Append(ReadOnlySpan<char> line, GridSegment segment, int lineNumber)
        {
            ReadOnlySpan<char> piece = line[segment.Start..segment.End];
            int leading = UnicodeSpaces.CountLeading(piece);
            ReadOnlySpan<char> text = piece[leading..];
            text = text[..^UnicodeSpaces.CountTrailing(text)];
            if (_first is null)
            {
                // A blank cell is where its first line's piece is; a cell with text, where its text starts.
                if (!text.IsEmpty)
                {
                    _first = text.ToString();
                    _position = new SourcePosition(lineNumber, segment.Start + leading + 1);
                }
                else if (!_placed)
                {
                    _position = new SourcePosition(lineNumber, segment.Start + 1);
                }

                _placed = true;
                return;
            }

            if (text.IsEmpty)
            {
                return;
            }

            _joined ??= new StringBuilder(_first);
            if (NeedsSpace(_joined[^1], text[0]))
            {
                _joined.Append(' ');
            }

            _joined.Append(text);
        }

        public void AddTo(List<SourceCell> cells)
        {
            int rowSpan = LastRow - Row + 1;
            if (_first is null)
            {
                cells.Add(new SourceCell(string.Empty, _position, Row, RowSpan: rowSpan));
                return;
            }

            int start = cells.Count;
            if (_joined is null)
            {
                LabelAndNumbers.Add(cells, _first, _position, Row, inTable: true);
            }
            else
            {
                LabelAndNumbers.Add(cells, _joined.ToString(), _position, Row, inTable: true, samePlace: true);
            }

            if (rowSpan > 1)
            {
                for (int i = start; i < cells.Count; i++)
                {
                    cells[i] = cells[i] with { RowSpan = rowSpan };
                }
            }
        }

        /// <summary>English words wrapped over lines are set apart again; CJK text, numbers and punctuation join as they are.</summary>
        private static bool NeedsSpace(char before, char after) => char.IsAsciiLetter(before) && char.IsAsciiLetter(after);
    }
}

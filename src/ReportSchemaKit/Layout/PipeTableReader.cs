using System;
using System.Collections.Generic;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Layout;

/// <summary>
/// Reads Markdown pipe tables (<c>| a | b |</c>, or <c>a | b |</c> as HTML-to-Markdown converters write
/// them) and the prose lines around them.
/// </summary>
/// <remarks>
/// <para>A line is a table row when it starts or ends with a pipe and has at least two unescaped pipes, when
/// it has a pipe and follows a row or a delimiter row, or when it has a pipe and a delimiter row follows it.
/// Delimiter rows (<c>---|---|</c>) are not cells and do not end the table, so a header printed over two
/// rows around the delimiter (the section 四 header) stays one table. Each row gets the next
/// <see cref="SourceCell.Row"/>.</para>
/// <para>Cells are the pieces between unescaped pipes, trimmed of spaces of every kind; <c>\|</c> is a
/// literal pipe. Empty pieces at the end of a row are the converter's padding to the column count and are
/// dropped; an empty piece before the last non-empty one is a blank cell (<see cref="SourceCell.Text"/> empty). A cell
/// that holds a label and its numbers (<c>| 行政许可 0 |</c>) is split into one cell each, as in
/// <see cref="TextGridReader"/>.</para>
/// <para>Every other line with text is a narrative cell (<see cref="SourceCell.InTable"/> false, row -1).</para>
/// </remarks>
public sealed class PipeTableReader : ILayoutReader
{
    /// <inheritdoc />
    public LayoutKind Kind => LayoutKind.Pipes;

    /// <inheritdoc />
    public IReadOnlyList<SourceCell> Read(string text) => CellLists.Read(this, text);

    /// <inheritdoc />
    public void ReadInto(string text, List<SourceCell> cells)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(cells);

        cells.EnsureCapacity(cells.Count + text.AsSpan().Count('|') + 16);
        int row = -1;
        bool previousInTable = false;
        var lines = new TextLineEnumerator(text);
        while (lines.MoveNext())
        {
            ReadOnlySpan<char> line = lines.Current;
            ReadOnlySpan<char> trimmed = UnicodeSpaces.Trim(line);
            if (trimmed.IsEmpty)
            {
                previousInTable = false;
                continue;
            }

            if (PipeRow.IsDelimiter(trimmed))
            {
                previousInTable = true;
                continue;
            }

            bool hasPipe = PipeRow.CountUnescapedPipes(trimmed) > 0;
            bool isRow = hasPipe && (previousInTable || PipeRow.LooksLikeRow(trimmed) || NextIsDelimiter(lines));
            if (!isRow)
            {
                int start = UnicodeSpaces.CountLeading(line);
                cells.Add(new SourceCell(CellText.Create(trimmed), new SourcePosition(lines.LineNumber, start + 1), Row: -1, InTable: false));
                previousInTable = false;
                continue;
            }

            if (AddRow(cells, line, lines.LineNumber, row + 1))
            {
                row++;
            }

            previousInTable = true;
        }

    }

    // Copying the enumerator peeks at the next line without moving the reader.
    private static bool NextIsDelimiter(TextLineEnumerator lines) =>
        lines.MoveNext() && PipeRow.IsDelimiter(UnicodeSpaces.Trim(lines.Current));

    // Adds the row's cells; returns false when the row has none (only padding).
    private static bool AddRow(List<SourceCell> cells, ReadOnlySpan<char> line, int lineNumber, int row)
    {
        int start = UnicodeSpaces.CountLeading(line);
        if (start < line.Length && line[start] == '|')
        {
            start++;
        }

        // Trailing empty pieces are the converter's padding: cut them, with the closing pipe, before splitting.
        int end = line.Length;
        while (end > start && (UnicodeSpaces.IsSpace(line[end - 1]) || PipeRow.IsUnescapedPipeAt(line, end - 1)))
        {
            end--;
        }

        if (end == start)
        {
            return false;
        }

        int pieceStart = start;
        while (true)
        {
            int pieceEnd = FindUnescapedPipe(line, pieceStart, end);
            ReadOnlySpan<char> piece = line[pieceStart..pieceEnd];
            int leading = UnicodeSpaces.CountLeading(piece);
            ReadOnlySpan<char> cellText = piece[leading..];
            cellText = cellText[..^UnicodeSpaces.CountTrailing(cellText)];
            var position = new SourcePosition(lineNumber, pieceStart + (cellText.IsEmpty ? 0 : leading) + 1);
            if (LabelAndNumbers.MayHoldLabelAndNumbers(cellText))
            {
                // Converters and hand-made tables put a label and its value in one cell: | 行政许可 0 |.
                LabelAndNumbers.Add(cells, cellText, position, row, inTable: true);
            }
            else
            {
                cells.Add(new SourceCell(Unescape(cellText), position, row));
            }
            if (pieceEnd == end)
            {
                return true;
            }

            pieceStart = pieceEnd + 1;
        }
    }

    private static int FindUnescapedPipe(ReadOnlySpan<char> line, int from, int end)
    {
        for (int i = from; i < end; i++)
        {
            if (PipeRow.IsUnescapedPipeAt(line, i))
            {
                return i;
            }
        }

        return end;
    }

    private static string Unescape(ReadOnlySpan<char> cellText) =>
        cellText.Contains(@"\|", StringComparison.Ordinal)
            ? cellText.ToString().Replace(@"\|", "|", StringComparison.Ordinal)
            : CellText.Create(cellText);
}

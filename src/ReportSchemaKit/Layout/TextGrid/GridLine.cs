using System;
using System.Collections.Generic;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Layout;

/// <summary>How one line of text relates to a drawn table: its borders, its rule pieces and its cells.</summary>
internal static class GridLine
{
    /// <summary>
    /// Whether the line is part of a drawn table: it holds a box-drawing border (<c>│ ├ ┼</c>), or starts or ends with
    /// a pipe or an ASCII grid corner (<c>+---</c>) and holds two of them (<c>| a | b |</c>, <c>|规章_|0___|</c>,
    /// <c>+----+</c>).
    /// </summary>
    public static bool IsGridLine(ReadOnlySpan<char> line)
    {
        ReadOnlySpan<char> trimmed = UnicodeSpaces.Trim(line);
        if (trimmed.IsEmpty)
        {
            return false;
        }

        bool opensOrCloses = trimmed[0] == '|' || trimmed[^1] == '|'
            || GridCharacters.IsAsciiCorner(trimmed, 0) || GridCharacters.IsAsciiCorner(trimmed, trimmed.Length - 1);
        if (opensOrCloses && CountAsciiBorders(trimmed) >= 2)
        {
            return true;
        }

        foreach (char c in trimmed)
        {
            if (GridCharacters.IsBoxBorder(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a line without borders is only a rule (<c>──────</c>, <c>------ ------</c>, <c> ________</c>): three or
    /// more strokes and nothing else but spaces. A lone <c>-</c> or <c>--</c> is an empty marker, not a rule.
    /// </summary>
    public static bool IsBareRule(ReadOnlySpan<char> line) => IsRulePiece(line);

    /// <summary>
    /// Splits the line at its borders into <paramref name="segments"/> (cleared first), in order; returns whether the
    /// line is a rule line (it has borders and every piece between them is a rule, like <c>├──┼──┤</c>).
    /// </summary>
    public static bool Split(ReadOnlySpan<char> line, List<GridSegment> segments)
    {
        segments.Clear();
        int pieceStart = 0;
        int pieceColumn = -1;
        int column = 0;
        bool anyBorder = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (IsBorderAt(line, i))
            {
                AddPiece(line, segments, pieceStart, i, pieceColumn, column, outside: !anyBorder);
                anyBorder = true;
                pieceStart = i + 1;
                pieceColumn = column;
            }

            column += GridCharacters.Width(c);
        }

        AddPiece(line, segments, pieceStart, line.Length, pieceColumn, column, outside: true);
        if (!anyBorder)
        {
            return false;
        }

        foreach (var segment in segments)
        {
            if (segment.Kind != GridSegmentKind.Rule)
            {
                return false;
            }
        }

        return segments.Count > 0;
    }

    // A rule under a cell that spans rows has one pipe and many corners: "|        +------+---+".
    private static int CountAsciiBorders(ReadOnlySpan<char> trimmed)
    {
        int count = trimmed.Count('|');
        for (int i = trimmed.IndexOf('+'); i >= 0 && count < 2; i = NextPlus(trimmed, i))
        {
            count += GridCharacters.IsAsciiCorner(trimmed, i) ? 1 : 0;
        }

        return count;
    }

    private static int NextPlus(ReadOnlySpan<char> text, int current)
    {
        int next = text[(current + 1)..].IndexOf('+');
        return next < 0 ? -1 : current + 1 + next;
    }

    private static bool IsBorderAt(ReadOnlySpan<char> line, int i) =>
        line[i] switch
        {
            '|' => i == 0 || line[i - 1] != '\\',
            '+' => GridCharacters.IsAsciiCorner(line, i),
            var c => GridCharacters.IsBoxBorder(c),
        };

    private static void AddPiece(ReadOnlySpan<char> line, List<GridSegment> segments, int start, int end, int column, int endColumn, bool outside)
    {
        ReadOnlySpan<char> piece = line[start..end];
        if (outside)
        {
            // Padding before the table's left border or after its right one is no cell.
            if (UnicodeSpaces.CountLeading(piece) < piece.Length)
            {
                segments.Add(new GridSegment(start, end, column, endColumn, IsRulePiece(piece) ? GridSegmentKind.Rule : GridSegmentKind.Outside));
            }

            return;
        }

        // Two borders side by side (┼┤) enclose no cell.
        if (end > start)
        {
            segments.Add(new GridSegment(start, end, column, endColumn, IsRulePiece(piece) ? GridSegmentKind.Rule : GridSegmentKind.Cell));
        }
    }

    /// <summary>Only strokes and spaces, with a box stroke or at least three ASCII ones.</summary>
    private static bool IsRulePiece(ReadOnlySpan<char> piece)
    {
        int ascii = 0;
        bool box = false;
        foreach (char c in piece)
        {
            if (GridCharacters.IsBoxHorizontal(c))
            {
                box = true;
            }
            else if (GridCharacters.IsAsciiRule(c))
            {
                ascii++;
            }
            else if (!UnicodeSpaces.IsSpace(c))
            {
                return false;
            }
        }

        return box || ascii >= 3;
    }
}

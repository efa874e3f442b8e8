using System;
using System.Collections.Generic;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Layout;

/// <summary>
/// Splits a piece of text that holds a row label and its values with single spaces between them
/// (<c>1.本机关不掌握相关政府信息 10 0 0 0 0 0 10</c> from <c>pdftotext -raw</c>, <c>行政许可 0</c> in one cell) or only
/// values (<c>0 0 0</c>) into one cell each.
/// </summary>
/// <remarks>
/// A label is split off only when it ends like a label (<see cref="EndsLikeLabel"/>) and at least one of the values after it is a
/// number: prose and English text that end in a number stay whole, and so do page numbers (<c>- 4 -</c>).
/// </remarks>
internal static class LabelAndNumbers
{
    /// <summary>No label, heading or title is longer (the tokenizer's limit for labels): a longer piece is prose.</summary>
    private const int MaxLabelLength = 160;

    /// <summary>
    /// Adds the cells of <paramref name="text"/>: one, or a label and each of its values, or each value.
    /// </summary>
    /// <param name="cells">Receives the cells.</param>
    /// <param name="text">The piece's text, without leading or trailing spaces.</param>
    /// <param name="position">Where the piece starts.</param>
    /// <param name="row">The physical row of every cell split from the piece.</param>
    /// <param name="inTable">Whether the piece is inside a drawn table.</param>
    /// <param name="samePlace">
    /// The piece was joined from several lines, so its characters' columns are not the line's: every cell split from it
    /// keeps <paramref name="position"/>.
    /// </param>
    public static void Add(List<SourceCell> cells, ReadOnlySpan<char> text, SourcePosition position, int row, bool inTable, bool samePlace = false)
    {
        // Values alone need a number among them ("- -" is no row of values); after a label, empty markers alone will do.
        int valuesStart = ValuesStart(text, out bool hasDigit);
        bool split = valuesStart < text.Length && (valuesStart == 0
            ? hasDigit && HasSpace(text) && !PageNumbers.IsPageNumber(text)
            : valuesStart <= MaxLabelLength && EndsLikeLabel(text[..valuesStart]));
        if (!split)
        {
            cells.Add(new SourceCell(CellText.Create(text), position, row, InTable: inTable));
            return;
        }

        if (valuesStart > 0)
        {
            ReadOnlySpan<char> label = text[..valuesStart];
            cells.Add(new SourceCell(CellText.Create(label[..^UnicodeSpaces.CountTrailing(label)]), position, row, InTable: inTable));
        }

        int i = valuesStart;
        while (i < text.Length)
        {
            int end = i;
            while (end < text.Length && !UnicodeSpaces.IsSpace(text[end]))
            {
                end++;
            }

            var at = samePlace ? position : position with { Column = position.Column + i };
            cells.Add(new SourceCell(CellText.Create(text[i..end]), at, row, InTable: inTable));
            i = end + UnicodeSpaces.CountLeading(text[end..]);
        }
    }

    /// <summary>
    /// A cheap first look for readers whose cells are seldom split: text with a space that ends in a digit or an empty
    /// marker may hold a label and its values; anything else is one cell.
    /// </summary>
    public static bool MayHoldLabelAndNumbers(ReadOnlySpan<char> text) =>
        text.Length > 2 && (char.IsAsciiDigit(text[^1]) || text[^1] is '/' or '-' or '—') && HasSpace(text);

    /// <summary>Whether the trimmed line ends in a row label followed by its numbers (for the layout detector).</summary>
    public static bool IsLabelWithNumbers(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.IsEmpty || !char.IsAsciiDigit(trimmed[^1]))
        {
            return false;
        }

        // One space before the numbers: two or more are an aligned column (pdftotext -layout), read as such.
        int valuesStart = ValuesStart(trimmed, out bool hasDigit);
        return hasDigit && valuesStart > 1 && valuesStart <= MaxLabelLength && !UnicodeSpaces.IsSpace(trimmed[valuesStart - 2])
            && EndsLikeLabel(trimmed[..valuesStart]);
    }

    /// <summary>
    /// Where the run of values at the end of the text starts (the text's length when the last word is not a value),
    /// and whether one of them is a number.
    /// </summary>
    private static int ValuesStart(ReadOnlySpan<char> text, out bool hasDigit)
    {
        hasDigit = false;
        int start = text.Length;
        int end = text.Length;
        while (end > 0)
        {
            int wordStart = end;
            while (wordStart > 0 && !UnicodeSpaces.IsSpace(text[wordStart - 1]))
            {
                wordStart--;
            }

            ReadOnlySpan<char> word = text[wordStart..end];
            if (IsNumber(word))
            {
                hasDigit = true;
            }
            else if (!IsEmptyMarker(word))
            {
                return start;
            }

            start = wordStart;
            end = wordStart;
            while (end > 0 && UnicodeSpaces.IsSpace(text[end - 1]))
            {
                end--;
            }

            if (end == 0)
            {
                return 0;
            }
        }

        return start;
    }

    private static bool HasSpace(ReadOnlySpan<char> text) => UnicodeSpaces.IndexOfSpace(text) >= 0;

    /// <summary>
    /// A row label ends in CJK text, its punctuation (<c>）</c>, <c>”</c>, <c>、</c>) or a closing parenthesis; English
    /// words and numbers before a number are prose or a value, not a label.
    /// </summary>
    private static bool EndsLikeLabel(ReadOnlySpan<char> label)
    {
        label = label[..^UnicodeSpaces.CountTrailing(label)];
        return !label.IsEmpty && (label[^1] > '\u007F' || label[^1] is ')' or ']');
    }

    /// <summary>A count or amount as tables print it: <c>10</c>, <c>1,295</c>, <c>12.3456</c>, <c>-3</c>, <c>5%</c>.</summary>
    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        if (!word.IsEmpty && word[0] is '-' or '+')
        {
            word = word[1..];
        }

        if (!word.IsEmpty && word[^1] == '%')
        {
            word = word[..^1];
        }

        if (word.IsEmpty || !char.IsAsciiDigit(word[0]) || !char.IsAsciiDigit(word[^1]))
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!char.IsAsciiDigit(c) && c is not ',' and not '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The markers tables print for "nothing" among numbers: <c>/</c>, <c>-</c>, <c>—</c>.</summary>
    private static bool IsEmptyMarker(ReadOnlySpan<char> word) =>
        word is "/" or "／" or "-" or "－" or "—" or "——" or "–";
}

using System;
using System.Buffers;

namespace ReportSchemaKit.Text;

/// <summary>
/// The one definition of "space" shared by normalisation, value parsing and the layout readers,
/// so a character that pads a cell in one place is never content in another.
/// </summary>
internal static class UnicodeSpaces
{
    // The set as vectorised search values, so trimming and scanning skip over text in blocks.
    private static readonly SearchValues<char> Spaces = SearchValues.Create(EnumerateSpaces());

    private static readonly SearchValues<char> BlankCellMarks = SearchValues.Create("\u00A0\u2007\u202F\u3000");

    /// <summary>
    /// Every character <see cref="char.IsWhiteSpace(char)"/> accepts (ASCII spaces and controls
    /// U+0009–U+000D, U+0085, NBSP U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F,
    /// ideographic space U+3000) plus the invisible U+200B–U+200D, U+2060 and U+FEFF that
    /// copy-and-paste leaves in scraped pages.
    /// </summary>
    public static bool IsSpace(char c) => Spaces.Contains(c);

    private static string EnumerateSpaces()
    {
        var spaces = new System.Text.StringBuilder();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsWhiteSpace((char)c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
            {
                spaces.Append((char)c);
            }
        }

        return spaces.ToString();
    }

    /// <summary>The index of the first character that is <see cref="IsSpace"/>, or -1.</summary>
    public static int IndexOfSpace(ReadOnlySpan<char> text) => text.IndexOfAny(Spaces);

    /// <summary>
    /// The spaces an HTML-to-text conversion writes for <c>&amp;nbsp;</c> and its relatives:
    /// NBSP U+00A0, figure space U+2007, narrow NBSP U+202F and ideographic space U+3000.
    /// A line holding only spaces and at least one of these is a blank cell, not a separator.
    /// Returns the index of the first such character, or -1.
    /// </summary>
    public static int IndexOfBlankCellMark(ReadOnlySpan<char> text) => text.IndexOfAny(BlankCellMarks);

    /// <summary>The number of leading characters that are <see cref="IsSpace"/>.</summary>
    public static int CountLeading(ReadOnlySpan<char> text)
    {
        int first = text.IndexOfAnyExcept(Spaces);
        return first < 0 ? text.Length : first;
    }

    /// <summary>The number of trailing characters that are <see cref="IsSpace"/>.</summary>
    public static int CountTrailing(ReadOnlySpan<char> text)
    {
        return text.Length - 1 - text.LastIndexOfAnyExcept(Spaces);
    }

    /// <summary>The text without leading and trailing <see cref="IsSpace"/> characters.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text)
    {
        int start = CountLeading(text);
        return text[start..^CountTrailing(text[start..])];
    }
}

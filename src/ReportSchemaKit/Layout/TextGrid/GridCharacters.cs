using System;

namespace ReportSchemaKit.Layout;

/// <summary>
/// The characters that draw a text table — cell borders (<c>│ ┼ |</c>) and rules (<c>─ ═ - _</c>) — and how wide a
/// character is on a terminal, which is how text converters line the borders up.
/// </summary>
internal static class GridCharacters
{
    /// <summary>
    /// A box-drawing character (U+2500–U+257F) that is not a plain horizontal stroke: a vertical bar, a corner or a
    /// junction (<c>│ ┃ ║ ├ ┼ ┤ ┬ ┴ ┌ ┐ └ ┘ ╬</c>). Each one ends a cell.
    /// </summary>
    public static bool IsBoxBorder(char c) => c is >= '\u2500' and <= '\u257F' && !IsBoxHorizontal(c);

    /// <summary>Any box-drawing character: text that holds them is a table drawn by a converter (w3m, lynx).</summary>
    public static bool IsBoxDrawing(char c) => c is >= '\u2500' and <= '\u257F';

    /// <summary>The horizontal strokes of a rule: <c>─ ━ ═</c>, their dashed forms and half lines.</summary>
    public static bool IsBoxHorizontal(char c) => c is '\u2500' or '\u2501' or '\u2550'
        or (>= '\u2504' and <= '\u2509') or '\u254C' or '\u254D' or (>= '\u2574' and <= '\u257F' and not '\u2575' and not '\u2577' and not '\u2579' and not '\u257B' and not '\u257D' and not '\u257F');

    /// <summary>The ASCII strokes converters draw rules with: <c>-</c>, <c>=</c>, <c>_</c> and the alignment colon.</summary>
    public static bool IsAsciiRule(char c) => c is '-' or '=' or '_' or ':';

    /// <summary>
    /// How many terminal columns a character takes: two for the East Asian wide and fullwidth ranges (CJK ideographs,
    /// kana, hangul, fullwidth forms, ideographic punctuation), one otherwise. Converters pad cells to these widths, so
    /// a border lines up with the border above it in columns, not in characters.
    /// </summary>
    public static int Width(char c) => c < '\u1100' ? 1 : IsWide(c) ? 2 : 1;

    private static bool IsWide(char c) => c is (>= '\u1100' and <= '\u115F')
        or (>= '\u2E80' and <= '\u303E') or (>= '\u3041' and <= '\u33FF') or (>= '\u3400' and <= '\u4DBF')
        or (>= '\u4E00' and <= '\u9FFF') or (>= '\uA000' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
        or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60')
        or (>= '\uFFE0' and <= '\uFFE6');

    /// <summary>
    /// Whether the <c>+</c> at <paramref name="index"/> is a corner of an ASCII grid (<c>+----+</c>): it touches a rule
    /// stroke or a border, where a plus sign in text would touch a digit or a word.
    /// </summary>
    public static bool IsAsciiCorner(ReadOnlySpan<char> line, int index) =>
        line[index] == '+'
        && ((index > 0 && line[index - 1] is '-' or '=' or ':' or '+')
            || (index + 1 < line.Length && line[index + 1] is '-' or '=' or ':' or '+'));
}

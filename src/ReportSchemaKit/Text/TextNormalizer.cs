using System;
using System.Buffers;

namespace ReportSchemaKit.Text;

/// <summary>
/// Builds the comparison key under which two spellings of one table label are the same label.
/// Published reports write one label with full-width or half-width brackets, with 、 or . after an
/// ordinal, with spaces from line wrapping, with curly or straight quotes; the key erases exactly
/// those differences and nothing else.
/// </summary>
/// <remarks>
/// <para><see cref="NormalizeLabel(ReadOnlySpan{char})"/> applies these rules, one character at a time:</para>
/// <list type="number">
/// <item><description>Removed: every space, that is every character <see cref="char.IsWhiteSpace(char)"/>
/// accepts (space, tab, line breaks, NBSP U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, narrow NBSP
/// U+202F, U+205F, ideographic space U+3000, U+0085) and the invisible U+200B–U+200D, U+2060, U+FEFF.</description></item>
/// <item><description>Full-width ASCII U+FF01–U+FF5E becomes the ASCII character 0x21–0x7E
/// (so （ ） ： ， ． ＂ ＇ － ０–９ Ａ–Ｚ become ( ) : , . " ' - 0–9 A–Z).</description></item>
/// <item><description>Double quotes “ ” „ ‟ (U+201C–U+201F) and ＂ become <c>"</c>;
/// single quotes ‘ ’ ‚ ‛ (U+2018–U+201B) and ＇ become <c>'</c>.</description></item>
/// <item><description>Brackets 【 】 (U+3010, U+3011) become <c>[</c> <c>]</c>.</description></item>
/// <item><description>Dashes ‐ ‑ ‒ – — ― (U+2010–U+2015), minus − (U+2212), ﹘ (U+FE58), ﹣ (U+FE63) and
/// － become <c>-</c>.</description></item>
/// <item><description>ASCII letters A–Z (also when they came from full-width) become a–z.
/// Other scripts are left alone.</description></item>
/// <item><description>When the key starts with ASCII digits (an ordinal such as <c>1</c> in
/// <c>1、属于国家秘密</c>), the character right after the digits becomes <c>.</c> if it is 、 (U+3001),
/// <c>.</c>, ． or a comma , or ，. A 、 anywhere else is kept: it separates words inside labels.</description></item>
/// </list>
/// <para>Every rule maps one character to one or none, so a key is never longer than its source,
/// and the rules are idempotent: normalising a key returns the same key.</para>
/// </remarks>
public static class TextNormalizer
{
    // Labels are short; longer ones (a paragraph compared by mistake) go through the pool.
    private const int StackLimit = 256;

    /// <summary>Returns the comparison key of a label; see the class remarks for the exact rules.</summary>
    /// <param name="label">The label as written.</param>
    /// <returns>A new string (or <see cref="string.Empty"/>) holding the key.</returns>
    public static string NormalizeLabel(ReadOnlySpan<char> label) => Normalize(label, unchanged: null);

    /// <summary>
    /// Returns the comparison key of a label; where the label already is its own key (most labels of a
    /// report are), the label itself is returned and nothing is allocated.
    /// </summary>
    /// <param name="label">The label as written.</param>
    /// <returns>The key: <paramref name="label"/> itself, <see cref="string.Empty"/>, or a new string.</returns>
    public static string NormalizeLabel(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return Normalize(label, unchanged: label);
    }

    private static string Normalize(ReadOnlySpan<char> label, string? unchanged)
    {
        char[]? rented = null;
        Span<char> buffer = label.Length <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(label.Length));
        try
        {
            int length = NormalizeLabel(label, buffer);
            return unchanged is not null && length == label.Length && buffer[..length].SequenceEqual(label) ? unchanged
                : length == 0 ? string.Empty
                : new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Writes the comparison key of a label into <paramref name="destination"/>, without allocating.
    /// </summary>
    /// <param name="label">The label as written.</param>
    /// <param name="destination">Receives the key; must be at least as long as <paramref name="label"/>.</param>
    /// <returns>The number of characters written.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="label"/>.</exception>
    public static int NormalizeLabel(ReadOnlySpan<char> label, Span<char> destination)
    {
        if (destination.Length < label.Length)
        {
            throw new ArgumentException("The destination must be at least as long as the label.", nameof(destination));
        }

        int written = 0;
        bool inLeadingDigits = true;
        foreach (char source in label)
        {
            if (UnicodeSpaces.IsSpace(source))
            {
                continue;
            }

            char c = Fold(source);
            if (inLeadingDigits)
            {
                if (char.IsAsciiDigit(c))
                {
                    destination[written++] = c;
                    continue;
                }

                inLeadingDigits = false;
                if (written > 0 && c is '、' or '.' or ',')
                {
                    c = '.';
                }
            }

            destination[written++] = c;
        }

        return written;
    }

    /// <summary>Whether two labels have the same comparison key; allocates nothing for labels up to 256 characters.</summary>
    /// <param name="left">One label as written.</param>
    /// <param name="right">The other label as written.</param>
    /// <returns><see langword="true"/> when <see cref="NormalizeLabel(ReadOnlySpan{char})"/> gives both the same key.</returns>
    public static bool LabelEquals(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        char[]? rented = null;
        int needed = left.Length + right.Length;
        Span<char> buffer = needed <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(needed));
        try
        {
            Span<char> leftKey = buffer[..left.Length];
            Span<char> rightKey = buffer.Slice(left.Length, right.Length);
            int leftLength = NormalizeLabel(left, leftKey);
            int rightLength = NormalizeLabel(right, rightKey);
            return leftKey[..leftLength].SequenceEqual(rightKey[..rightLength]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Trims a value cell: removes leading and trailing spaces of every kind (the same set the label key
    /// removes, NBSP and ideographic space included). Inner characters are left for the value parser.
    /// </summary>
    /// <param name="value">The cell text as written.</param>
    /// <returns>A slice of <paramref name="value"/>; nothing is allocated.</returns>
    public static ReadOnlySpan<char> NormalizeValue(ReadOnlySpan<char> value) => UnicodeSpaces.Trim(value);

    private static char Fold(char c)
    {
        if (CharFolding.IsDash(c))
        {
            return '-';
        }

        char folded = CharFolding.ToHalfWidth(c) switch
        {
            '\u201C' or '\u201D' or '\u201E' or '\u201F' => '"',
            '\u2018' or '\u2019' or '\u201A' or '\u201B' => '\'',
            '\u3010' => '[',
            '\u3011' => ']',
            var other => other,
        };
        return char.IsAsciiLetterUpper(folded) ? (char)(folded | 0x20) : folded;
    }
}

using System;
using System.Globalization;

namespace ReportSchemaKit.Text;

/// <summary>
/// Reads the text of one table cell: blank, an explicit empty marker, a number with its unit, or
/// something invalid. The raw text is always kept, and units are reported, never converted.
/// </summary>
/// <remarks>
/// A number is, after trimming spaces of every kind (NBSP and U+3000 included): an optional prefix unit
/// ¥ or ￥; an optional sign <c>+</c> or <c>-</c> (also ＋, －, −); digits (ASCII or full-width ０–９),
/// either plain or grouped by three with <c>,</c> or <c>，</c> (<c>1,295</c>, <c>1，295</c>); optionally
/// <c>.</c> or <c>．</c> and at least one digit; then, after optional spaces, an optional suffix unit from
/// <see cref="CellUnits"/>. It is read with the invariant culture. A number without digits before the
/// point (<c>.5</c>), a misplaced separator (<c>12,34</c>), or an unknown suffix (<c>12abc</c>) is invalid.
/// </remarks>
public static class CellValueParser
{
    // Longer than any decimal: 28 digits, the separators between them, sign and point.
    private const int MaxNumberChars = 64;

    /// <summary>Reads one cell's text.</summary>
    /// <param name="text">The cell text as it appears in the source.</param>
    /// <returns>The kind, the raw text, and for numbers the value, unit and decimal places.</returns>
    public static CellValueParse Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ReadOnlySpan<char> trimmed = TextNormalizer.NormalizeValue(text);
        if (trimmed.IsEmpty)
        {
            return new CellValueParse(CellValueKind.Blank, text, null, null, 0);
        }

        if (IsEmptyMarker(trimmed))
        {
            return new CellValueParse(CellValueKind.EmptyMarker, text, null, null, 0);
        }

        // Markdown writers escape the point and sign of a number (19210\.5, \-3); the escape is not part of the number.
        if (trimmed.Contains('\\') && trimmed.Length <= MaxNumberChars)
        {
            var unescaped = new char[trimmed.Length];
            if (TryUnescapeMarkdown(trimmed, unescaped, out int unescapedLength))
            {
                trimmed = unescaped.AsSpan(0, unescapedLength);
            }
        }

        return TryParseNumber(trimmed, out decimal value, out string? unit, out int decimalPlaces)
            ? new CellValueParse(CellValueKind.Number, text, value, unit, decimalPlaces)
            : new CellValueParse(CellValueKind.Invalid, text, null, null, 0);
    }

    /// <summary>
    /// Converts an amount between money units (元, ¥, 万元, 亿元); any unit converts to itself unchanged.
    /// The parser never does this on its own: whether 251000元 in a 万元 column is a mistake is the caller's call.
    /// </summary>
    /// <param name="value">The amount in <paramref name="fromUnit"/>.</param>
    /// <param name="fromUnit">The unit the amount was written in.</param>
    /// <param name="toUnit">The unit wanted.</param>
    /// <param name="converted">The amount in <paramref name="toUnit"/>, or 0 when the units do not convert.</param>
    /// <returns><see langword="true"/> when both are money units or both are the same unit.</returns>
    public static bool TryConvertToUnit(decimal value, string fromUnit, string toUnit, out decimal converted)
    {
        ArgumentNullException.ThrowIfNull(fromUnit);
        ArgumentNullException.ThrowIfNull(toUnit);
        if (string.Equals(fromUnit, toUnit, StringComparison.Ordinal))
        {
            converted = value;
            return true;
        }

        decimal from = CellUnits.YuanPerUnit(fromUnit);
        decimal to = CellUnits.YuanPerUnit(toUnit);
        if (from == 0m || to == 0m)
        {
            converted = 0m;
            return false;
        }

        try
        {
            converted = value * from / to;
            return true;
        }
        catch (OverflowException)
        {
            // Close to decimal.MaxValue yuan there is no amount in 亿元 to give back.
            converted = 0m;
            return false;
        }
    }

    /// <summary>Drops each backslash that stands before ASCII punctuation, as Markdown escapes it; false where nothing was dropped.</summary>
    private static bool TryUnescapeMarkdown(ReadOnlySpan<char> text, Span<char> target, out int length)
    {
        length = 0;
        var dropped = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && char.IsAscii(text[i + 1]) && (char.IsPunctuation(text[i + 1]) || char.IsSymbol(text[i + 1])))
            {
                dropped = true;
                continue;
            }

            target[length++] = text[i];
        }

        return dropped;
    }

    // "/", "／", "无", "空", or a run of dashes (see CharFolding.IsDash) with optional spaces between them.
    private static bool IsEmptyMarker(ReadOnlySpan<char> text)
    {
        if (text.Length == 1 && text[0] is '/' or '／' or '无' or '空')
        {
            return true;
        }

        foreach (char c in text)
        {
            if (!CharFolding.IsDash(c) && !UnicodeSpaces.IsSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryParseNumber(ReadOnlySpan<char> text, out decimal value, out string? unit, out int decimalPlaces)
    {
        value = 0m;
        unit = null;
        decimalPlaces = 0;

        int i = 0;
        if (CellUnits.IsPrefix(text[0]))
        {
            unit = CellUnits.YuanSign;
            i = 1 + UnicodeSpaces.CountLeading(text[1..]);
        }

        Span<char> number = stackalloc char[MaxNumberChars];
        int length = 0;
        if (i < text.Length && CharFolding.ToHalfWidth(text[i]) is '+' or '-' or '\u2212')
        {
            number[length++] = CharFolding.ToHalfWidth(text[i]) == '+' ? '+' : '-';
            i++;
        }

        int integerDigits = ReadIntegerPart(text, ref i, number, ref length);
        if (integerDigits == 0)
        {
            return false;
        }

        if (i < text.Length && CharFolding.ToHalfWidth(text[i]) == '.')
        {
            i++;
            number[length++] = '.';
            decimalPlaces = ReadDigits(text, ref i, number, ref length);
            if (decimalPlaces == 0)
            {
                return false;
            }
        }

        ReadOnlySpan<char> rest = text[i..];
        rest = rest[UnicodeSpaces.CountLeading(rest)..];
        if (!rest.IsEmpty)
        {
            if (unit is not null)
            {
                return false;
            }

            unit = CellUnits.MatchSuffix(rest);
            if (unit is null)
            {
                return false;
            }
        }

        return decimal.TryParse(
            number[..length],
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture,
            out value);
    }

    // Digits before the point, plain (1295) or grouped by three (1,295 / 1，295); the separators are
    // dropped. Returns the digit count, or 0 when there are none or a group is malformed.
    private static int ReadIntegerPart(ReadOnlySpan<char> text, ref int i, Span<char> number, ref int length)
    {
        int digits = ReadDigits(text, ref i, number, ref length);
        if (digits == 0 || i >= text.Length || CharFolding.ToHalfWidth(text[i]) != ',')
        {
            return digits;
        }

        if (digits > 3)
        {
            return 0;
        }

        while (i < text.Length && CharFolding.ToHalfWidth(text[i]) == ',')
        {
            i++;
            int group = ReadDigits(text, ref i, number, ref length);
            if (group != 3)
            {
                return 0;
            }

            digits += group;
        }

        return digits;
    }

    // Copies ASCII or full-width digits into the buffer; returns how many, or 0 when the buffer would overflow.
    private static int ReadDigits(ReadOnlySpan<char> text, ref int i, Span<char> number, ref int length)
    {
        int start = i;
        while (i < text.Length && char.IsAsciiDigit(CharFolding.ToHalfWidth(text[i])))
        {
            if (length == number.Length)
            {
                return 0;
            }

            number[length++] = CharFolding.ToHalfWidth(text[i]);
            i++;
        }

        return i - start;
    }
}

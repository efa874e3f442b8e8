using System;

namespace ReportSchemaKit.Text;

/// <summary>Page numbers as printed on report pages and left by converters in the middle of a table.</summary>
internal static class PageNumbers
{
    /// <summary>"-3-", "— 5 —", "第 2 页", "2/5": a page number, never a value or a label.</summary>
    public static bool IsPageNumber(ReadOnlySpan<char> text)
    {
        text = TextNormalizer.NormalizeValue(text);
        if (text.Length < 3 || text.Length > 12)
        {
            return false;
        }

        if (text[0] == '第' && text[^1] == '页')
        {
            return AllDigitsOrSpace(text[1..^1]);
        }

        if (CharFolding.IsDash(text[0]) && CharFolding.IsDash(text[^1]))
        {
            return AllDigitsOrSpace(text[1..^1]);
        }

        var slash = text.IndexOf('/');
        return slash > 0 && slash < text.Length - 1 && AllDigitsOrSpace(text[..slash]) && AllDigitsOrSpace(text[(slash + 1)..]);
    }

    private static bool AllDigitsOrSpace(ReadOnlySpan<char> text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (!UnicodeSpaces.IsSpace(c))
            {
                return false;
            }
        }

        return digits > 0;
    }
}

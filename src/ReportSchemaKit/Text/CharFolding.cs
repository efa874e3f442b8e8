namespace ReportSchemaKit.Text;

/// <summary>Character folds shared by the label key and the value parser.</summary>
internal static class CharFolding
{
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int FullWidthOffset = 0xFEE0;

    /// <summary>
    /// Maps full-width ASCII U+FF01–U+FF5E (！ to ～, including ０–９, （ ）, ， and ．) to ASCII
    /// 0x21–0x7E; every other character is returned unchanged.
    /// </summary>
    public static char ToHalfWidth(char c) =>
        c is >= FullWidthFirst and <= FullWidthLast ? (char)(c - FullWidthOffset) : c;

    /// <summary>
    /// Whether <paramref name="c"/> is a dash: - and － (U+FF0D), ‐ ‑ ‒ – — ― (U+2010–U+2015),
    /// minus − (U+2212), ﹘ (U+FE58) or ﹣ (U+FE63).
    /// </summary>
    public static bool IsDash(char c) => c is '-' or '\uFF0D' or (>= '\u2010' and <= '\u2015') or '\u2212' or '\uFE58' or '\uFE63';
}

using System.Collections.Generic;

namespace ReportSchemaKit.GovInfo.Tests.Renderings;

/// <summary>
/// Which converters make-renderings.sh applies to which source format, so a test can tell that the committed
/// renderings cover every pair that applies.
/// </summary>
internal static class Converters
{
    public static IReadOnlyDictionary<string, string[]> BySourceFormat { get; } = new Dictionary<string, string[]>
    {
        ["pdf"] = ["pdftotext", "pdftotext-raw", "pdftotext-layout", "pdf2md"],
        ["html"] = ["w3m", "lynx", "html2text", "pandoc-plain", "pandoc-gfm", "chromium-innertext"],
        ["docx"] = ["pandoc-plain", "pandoc-gfm", "mammoth-html", "mammoth-md"],
    };
}

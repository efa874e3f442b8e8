using System.Text;

namespace ReportSchemaKit.Generator.Parsing;

/// <summary>
/// A coarse comparison key for labels, enough to catch two rows a parser could not tell apart:
/// white space dropped, full-width forms folded to ASCII, 、 and ． read as '.'.
/// (The runtime's TextNormalizer is the full normalisation used when matching reports.)
/// </summary>
internal static class LabelKey
{
    public static string Of(string label)
    {
        var builder = new StringBuilder(label.Length);
        foreach (var c in label)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            var folded = c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '、' => '.',
                _ => c,
            };
            builder.Append(folded);
        }

        return builder.ToString();
    }
}

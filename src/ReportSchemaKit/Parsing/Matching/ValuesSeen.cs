using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportSchemaKit.Layout;

namespace ReportSchemaKit.Parsing.Matching;

/// <summary>How a diagnostic names the values it could not place: the first few texts, quoted, and how many more.</summary>
internal static class ValuesSeen
{
    /// <summary>A runaway input can put thousands of values in one message; it names this many and counts the rest.</summary>
    public const int Shown = 10;

    public static string Describe(IReadOnlyList<SourceCell> cells, IReadOnlyList<int> tokens)
    {
        var texts = tokens.Take(Shown).Select(t => "'" + cells[t].Text + "'");
        var more = tokens.Count > Shown ? string.Create(CultureInfo.InvariantCulture, $" and {tokens.Count - Shown} more") : string.Empty;
        return string.Join(", ", texts) + more;
    }
}

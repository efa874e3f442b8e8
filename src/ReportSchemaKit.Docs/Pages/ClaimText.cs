using System.Collections.Generic;

namespace ReportSchemaKit.Docs.Pages;

/// <summary>A claim's wordings in words, the same in the version pages and the differences.</summary>
internal static class ClaimText
{
    /// <summary>The wordings joined with ；, which no wording contains (it ends a clause), or — where there are none.</summary>
    public static string Wordings(IReadOnlyList<string> wordings) => wordings.Count == 0 ? "—" : string.Join("；", wordings);
}

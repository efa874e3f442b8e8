using System;

namespace ReportSchemaKit.Validation.Narrative;

/// <summary>
/// A note right after a figure saying what else it counts: 受理政府信息公开申请9件（含上年结转2件）. The figure then
/// counts the phrase's row and whatever the note names, a wider scope than the phrase alone.
/// </summary>
internal static class InclusionNote
{
    // Only words that add: 其中 alone introduces a breakdown (7件（其中予以公开5件）), not a wider count.
    private static readonly string[] Includes = ["包括", "包含", "含"];

    /// <summary>The note's words after 含/包括, up to its closing bracket or the clause's end; empty where no note follows.</summary>
    public static string At(string clause, int position)
    {
        while (position < clause.Length && clause[position] is ' ' or '\u00A0' or '\u3000')
        {
            position++;
        }

        if (position < clause.Length && clause[position] is '（' or '(')
        {
            position++;
        }

        foreach (var word in Includes)
        {
            if (string.CompareOrdinal(clause, position, word, 0, word.Length) == 0)
            {
                var start = position + word.Length;
                var end = clause.IndexOfAny(['）', ')'], start);
                return clause[start..(end < 0 ? clause.Length : end)];
            }
        }

        return string.Empty;
    }
}

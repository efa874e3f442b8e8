using System;

namespace ReportSchemaKit.Validation.Narrative;

/// <summary>
/// A note right after a figure saying what else it counts: 受理政府信息公开申请9件（含上年结转2件）. The figure then
/// counts the phrase's row and whatever the note names, a wider scope than the phrase alone.
/// </summary>
internal static class InclusionNote
{
    // Longest first, so 其中含 is taken whole before 其中.
    private static readonly string[] InBrackets = ["其中包括", "其中含", "包括", "包含", "其中", "含"];
    private static readonly string[] Bare = ["包括", "包含", "含"];

    /// <summary>The note's words after 含/包括/其中, up to its closing bracket or the clause's end; empty where no note follows.</summary>
    public static string At(string clause, int position)
    {
        while (position < clause.Length && clause[position] is ' ' or '\u00A0' or '\u3000')
        {
            position++;
        }

        var bracketed = position < clause.Length && clause[position] is '（' or '(';
        if (bracketed)
        {
            position++;
        }

        foreach (var word in bracketed ? InBrackets : Bare)
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

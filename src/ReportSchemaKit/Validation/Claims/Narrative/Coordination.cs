using System;

namespace ReportSchemaKit.Validation.Narrative;

/// <summary>
/// Whether a claim's words are one conjunct of a coordinated subject — 予以公开及部分公开42件, 行政复议、行政诉讼共5件,
/// 新收及结转政府信息公开申请9件: the figure then counts the conjuncts together, never the claim's row alone.
/// </summary>
internal static class Coordination
{
    // Longest first, so 以及 is taken whole before 及.
    private static readonly string[] Conjunctions = ["以及", "或者", "及", "和", "与", "或", "暨", "、"];

    /// <summary>Words that end in a conjunction's character without joining anything: 涉及, 参与.</summary>
    private static readonly string[] Lookalikes = ["涉及", "危及", "提及", "普及", "波及", "顾及", "触及", "论及", "参与", "给与"];

    /// <summary>
    /// Whether a conjunction stands right before the phrase, after words that state no figure of their own.
    /// After a figure (上年结转2件、本年新收7件) the conjunction joins two statements, not two subjects.
    /// </summary>
    public static bool JoinsBefore(string clause, int phraseStart)
    {
        var end = SkipSpaceBack(clause, phraseStart);
        var conjunction = ConjunctionEndingAt(clause, end);
        if (conjunction == 0)
        {
            return false;
        }

        var before = SkipSpaceBack(clause, end - conjunction);
        return before > 0 && !StatedNumber.EndsWithCount(clause, before);
    }

    /// <summary>Whether a wording's gaps took in a conjunction: 新收…申请 over 新收及结转政府信息公开申请.</summary>
    public static bool InGaps(string gaps)
    {
        for (var end = 1; end <= gaps.Length; end++)
        {
            if (ConjunctionEndingAt(gaps, end) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The length of the conjunction that ends at <paramref name="end"/>, or 0.</summary>
    private static int ConjunctionEndingAt(string text, int end)
    {
        foreach (var lookalike in Lookalikes)
        {
            if (EndsWith(text, end, lookalike))
            {
                return 0;
            }
        }

        foreach (var conjunction in Conjunctions)
        {
            if (EndsWith(text, end, conjunction))
            {
                return conjunction.Length;
            }
        }

        return 0;
    }

    private static bool EndsWith(string text, int end, string word) =>
        end >= word.Length && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0;

    private static int SkipSpaceBack(string text, int end)
    {
        while (end > 0 && text[end - 1] is ' ' or '\u00A0' or '\u3000')
        {
            end--;
        }

        return end;
    }
}

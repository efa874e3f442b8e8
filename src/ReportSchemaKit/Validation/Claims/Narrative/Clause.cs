using System;
using System.Collections.Generic;

namespace ReportSchemaKit.Validation.Narrative;

/// <summary>
/// A clause of a paragraph: the stretch between clause breaks (。，,；;！!？?), within which alone a
/// figure may be bound to a phrase; and the sentence around it, for the finding.
/// </summary>
/// <param name="Start">Where the clause starts in the paragraph.</param>
/// <param name="End">Where it ends (exclusive, before its break).</param>
/// <param name="SentenceStart">Where its sentence starts.</param>
/// <param name="SentenceEnd">Where its sentence ends (exclusive, after its 。 where it has one).</param>
internal readonly record struct Clause(int Start, int End, int SentenceStart, int SentenceEnd)
{
    private const string ClauseBreaks = "。，,；;！!？?\n\r";
    private const string SentenceBreaks = "。；;！!？?\n\r";

    /// <summary>The clauses of a paragraph in order. A comma inside 1,234 or 1，234 is a thousands separator, not a break.</summary>
    public static List<Clause> Split(string text)
    {
        var clauses = new List<Clause>();
        var sentenceStart = 0;
        var sentenceEnd = SentenceEndFrom(text, 0);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && (!ClauseBreaks.Contains(text[i], StringComparison.Ordinal) || IsThousandsSeparator(text, i)))
            {
                continue;
            }

            if (i > start)
            {
                clauses.Add(new Clause(start, i, sentenceStart, sentenceEnd));
            }

            start = i + 1;
            if (i < text.Length && SentenceBreaks.Contains(text[i], StringComparison.Ordinal))
            {
                sentenceStart = i + 1;
                sentenceEnd = SentenceEndFrom(text, sentenceStart);
            }
        }

        return clauses;
    }

    private static int SentenceEndFrom(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (SentenceBreaks.Contains(text[i], StringComparison.Ordinal))
            {
                return text[i] is '\n' or '\r' ? i : i + 1;
            }
        }

        return text.Length;
    }

    private static bool IsThousandsSeparator(string text, int i) =>
        text[i] is ',' or '，' && i > 0 && StatedNumber.DigitOf(text[i - 1]) >= 0 && StatedNumber.IsThousandsGroup(text, i + 1);
}

using System;
using System.Collections.Generic;

namespace ReportSchemaKit.Validation.Narrative;

/// <summary>
/// A claim's wording: words separated by <c>…</c> gaps. A gap stands for at most
/// <see cref="MaxGap"/> characters with no digit in them; the caller hands one clause at a time, so
/// no match crosses a clause break.
/// </summary>
internal sealed class PhrasePattern
{
    /// <summary>The gap mark of the template language.</summary>
    public const char Gap = '…';

    /// <summary>The most characters one gap covers: 新收…申请 takes 新收政府信息公开申请, not half a paragraph.</summary>
    public const int MaxGap = 12;

    private readonly string[] _pieces;

    public PhrasePattern(string text)
    {
        Text = text;
        _pieces = text.Split(Gap, StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The wording as the template writes it.</summary>
    public string Text { get; }

    /// <summary>Every place the wording matches in the clause, each as short as its gaps allow.</summary>
    public IEnumerable<PhraseMatch> Matches(string clause)
    {
        if (_pieces.Length == 0)
        {
            yield break;
        }

        var from = 0;
        while (from < clause.Length)
        {
            var start = clause.IndexOf(_pieces[0], from, StringComparison.Ordinal);
            if (start < 0)
            {
                yield break;
            }

            if (MatchRest(clause, start + _pieces[0].Length, out var gaps) is { } end)
            {
                yield return new PhraseMatch(start, end, gaps);
            }

            from = start + 1;
        }
    }

    private int? MatchRest(string clause, int position, out string gaps)
    {
        gaps = string.Empty;
        for (var i = 1; i < _pieces.Length; i++)
        {
            var next = clause.IndexOf(_pieces[i], position, StringComparison.Ordinal);
            if (next < 0 || next - position > MaxGap || HasDigit(clause, position, next))
            {
                return null;
            }

            // Gaps are kept apart by a gap mark, so words of two gaps never run together.
            gaps = gaps.Length == 0 ? clause[position..next] : gaps + Gap + clause[position..next];
            position = next + _pieces[i].Length;
        }

        return position;
    }

    private static bool HasDigit(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (StatedNumber.DigitOf(text[i]) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.Validation.Narrative;

/// <summary>
/// Finds where a paragraph states the template's claims. Precision over recall: a figure is bound to a
/// phrase only where it directly follows it in the same clause, with nothing between but connecting
/// words (为, 共计, 数量为, ：); where phrases of two claims would bind one figure, the longer phrase wins
/// (部分予以公开 over 予以公开), and a tie binds nothing. A phrase is passed over where its clause puts it in
/// another year (上年, 去年, 同比, a year other than the report's) or where one of the claim's
/// <see cref="ClaimInfo.NotAfter"/> words stands before it. A figure is not the phrase's where the phrase is one
/// conjunct of a coordinated subject, where its unit counts no cases (条), or where a zero wording denies an outcome
/// of the row or another row the row's words qualify (未发生因依申请公开被行政复议纠错的情况). A note after the figure
/// naming other claims (（含上年结转2件）) is kept on the mention for <see cref="ClaimScope"/> to judge.
/// </summary>
internal sealed class MentionFinder
{
    // Longest first, so 数量为 is taken whole before 数量.
    private static readonly string[] Connectors =
        ["数量为", "数量是", "件数为", "总数为", "数量", "件数", "总数", "共计", "合计", "总计", "累计", "达到", "为", "是", "共", "计", "达", "有", "了", "的", "：", ":", " ", "\u3000", "\u00A0"];

    private static readonly string[] ApproximateConnectors = ["大约", "将近", "超过", "约", "近", "逾"];

    /// <summary>Words that move a phrase to another year: 上年度新收申请, 去年, 同比.</summary>
    private static readonly string[] OtherYearMarkers = ["上年", "上一年", "去年", "前一年", "同比", "环比"];

    private readonly IReadOnlyList<ClaimInfo> _claims;
    private readonly (int Claim, PhrasePattern Pattern)[] _phrases;
    private readonly (int Claim, PhrasePattern Pattern)[] _zeroPhrases;
    private readonly int? _reportYear;

    public MentionFinder(IReadOnlyList<ClaimInfo> claims, int? reportYear)
    {
        _claims = claims;
        _reportYear = reportYear;
        _phrases = claims.SelectMany((c, i) => c.Phrases.Select(p => (i, new PhrasePattern(p)))).ToArray();
        _zeroPhrases = claims.SelectMany((c, i) => c.ZeroPhrases.Select(p => (i, new PhrasePattern(p)))).ToArray();
    }

    /// <summary>Every statement of a claim in the paragraph, in order.</summary>
    public List<NarrativeMention> Find(string paragraph)
    {
        var mentions = new List<NarrativeMention>();
        foreach (var clause in Clause.Split(paragraph))
        {
            var text = paragraph.Substring(clause.Start, clause.End - clause.Start);
            mentions.AddRange(Bound(text, clause));
            mentions.AddRange(ZeroStatements(text, clause));
        }

        mentions.Sort((a, b) => a.PhraseStart.CompareTo(b.PhraseStart));
        return mentions;
    }

    private IEnumerable<NarrativeMention> Bound(string text, Clause clause)
    {
        var candidates = new List<(int Claim, int Start, int End, int NumberStart, StatedNumber Number, bool Approximate)>();
        foreach (var (claim, pattern) in _phrases)
        {
            foreach (var match in pattern.Matches(text))
            {
                // A coordinated subject (予以公开及部分公开42件) states the conjuncts' sum, not this row's figure.
                if (IsElsewhere(text, match.Start, claim) || Coordination.JoinsBefore(text, match.Start) || Coordination.InGaps(match.Gaps))
                {
                    continue;
                }

                var numberStart = SkipConnectors(text, match.End, out var approximate);
                if (StatedNumber.TryRead(text, numberStart, out var number) && number.CountsCases)
                {
                    candidates.Add((claim, match.Start, match.End, numberStart, number, approximate || number.Approximate));
                }
            }
        }

        foreach (var figure in candidates.GroupBy(c => c.NumberStart))
        {
            var longest = figure.Max(c => c.End - c.Start);
            var winners = figure.Where(c => c.End - c.Start == longest).ToList();
            if (winners.Select(w => w.Claim).Distinct().Count() != 1)
            {
                continue;
            }

            var w = winners[0];
            var end = w.NumberStart + w.Number.Length;
            yield return new NarrativeMention(w.Claim, clause.Start + w.Start, clause.Start + end, w.Number.Value, w.Approximate, IsZeroStatement: false, clause, Named(InclusionNote.At(text, end), w.Claim));
        }
    }

    private IEnumerable<NarrativeMention> ZeroStatements(string text, Clause clause)
    {
        var seen = new HashSet<int>();
        foreach (var (claim, pattern) in _zeroPhrases)
        {
            foreach (var match in pattern.Matches(text))
            {
                if (!IsElsewhere(text, match.Start, claim) && !NegationScope.FallsOnOutcome(text, match) && !QualifiesAnotherRow(text, match.End, claim) && seen.Add(claim))
                {
                    yield return new NarrativeMention(claim, clause.Start + match.Start, clause.Start + match.End, 0, Approximate: false, IsZeroStatement: true, clause, []);
                }
            }
        }
    }

    /// <summary>The claims other than <paramref name="claim"/> whose wordings the note names (上年结转 in （含上年结转2件）).</summary>
    private int[] Named(string note, int claim) =>
        note.Length == 0 ? [] : _phrases.Where(p => p.Claim != claim && p.Pattern.Matches(note).Any()).Select(p => p.Claim).Distinct().ToArray();

    /// <summary>
    /// Whether another claim's row is named after a zero wording without a conjunction (未收到因依申请公开引发的行政复议申请):
    /// the wording's row then only qualifies that row, which is what the clause denies. A row joined by a conjunction
    /// (无政府信息公开行政复议、行政诉讼情况) shares the denial instead.
    /// </summary>
    private bool QualifiesAnotherRow(string clause, int end, int claim) =>
        _phrases.Any(p => p.Claim != claim && p.Pattern.Matches(clause).Any(m => m.Start >= end && !Coordination.JoinsBefore(clause, m.Start)));

    /// <summary>
    /// Whether the clause, before the phrase, speaks of another year or of what the claim's
    /// <see cref="ClaimInfo.NotAfter"/> words name. Markers count from the last figure or 、 before the
    /// phrase, so 上年结转2件、本年新收5件 still binds 本年新收; a year counts anywhere before it in the clause.
    /// </summary>
    private bool IsElsewhere(string clause, int phraseStart, int claim)
    {
        var segmentStart = 0;
        for (var i = phraseStart - 1; i >= 0; i--)
        {
            if (clause[i] == '、' || StatedNumber.DigitOf(clause[i]) >= 0)
            {
                segmentStart = i + 1;
                break;
            }
        }

        var segment = clause.Substring(segmentStart, phraseStart - segmentStart);
        return OtherYearMarkers.Concat(_claims[claim].NotAfter).Any(m => segment.Contains(m, StringComparison.Ordinal))
               || NamesOtherYear(clause, phraseStart);
    }

    /// <summary>A year written before the phrase (2022年) that is not the report's year.</summary>
    private bool NamesOtherYear(string clause, int phraseStart)
    {
        if (_reportYear is not { } year)
        {
            return false;
        }

        for (var i = 0; i + 4 < phraseStart + 1 && i + 4 < clause.Length; i++)
        {
            if (clause[i + 4] == '年' && (i == 0 || StatedNumber.DigitOf(clause[i - 1]) < 0) && YearAt(clause, i) is { } named && named != year)
            {
                return true;
            }
        }

        return false;
    }

    private static int? YearAt(string text, int start)
    {
        var value = 0;
        for (var i = start; i < start + 4; i++)
        {
            var digit = StatedNumber.DigitOf(text[i]);
            if (digit < 0)
            {
                return null;
            }

            value = (value * 10) + digit;
        }

        return value;
    }

    private static int SkipConnectors(string text, int position, out bool approximate)
    {
        approximate = false;
        while (position < text.Length)
        {
            if (StartsWithAny(text, position, ApproximateConnectors) is { } approx)
            {
                approximate = true;
                position += approx;
            }
            else if (StartsWithAny(text, position, Connectors) is { } connector)
            {
                position += connector;
            }
            else
            {
                break;
            }
        }

        return position;
    }

    private static int? StartsWithAny(string text, int position, string[] words)
    {
        foreach (var word in words)
        {
            if (string.CompareOrdinal(text, position, word, 0, word.Length) == 0)
            {
                return word.Length;
            }
        }

        return null;
    }
}

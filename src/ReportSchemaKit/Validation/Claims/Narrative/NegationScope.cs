using System;
using System.Linq;

namespace ReportSchemaKit.Validation.Narrative;

/// <summary>
/// Whether a zero wording denies an outcome of its row rather than the row itself: 全年未发生因依申请公开被行政复议纠错的情况
/// says no review ended in a correction, not that there was no review. The outcome may follow the row's words
/// (被行政复议纠错, 行政诉讼败诉) or stand in the wording's gap before them (未发生被纠错的行政复议).
/// </summary>
internal static class NegationScope
{
    /// <summary>What a review, a lawsuit or an application can end in, as opposed to happening at all.</summary>
    private static readonly string[] Outcomes = ["纠错", "纠正", "撤销", "败诉", "违法", "变更", "改变", "责令", "驳回", "维持", "赔偿"];

    /// <summary>Whether the negation falls on an outcome: one is named in the wording's gaps or after it, to the clause's end.</summary>
    public static bool FallsOnOutcome(string clause, PhraseMatch match) =>
        Outcomes.Any(o => match.Gaps.Contains(o, StringComparison.Ordinal) || clause.IndexOf(o, match.End, StringComparison.Ordinal) >= 0);
}

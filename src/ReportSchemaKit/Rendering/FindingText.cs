using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportSchemaKit.Templates;
using ReportSchemaKit.Validation;

namespace ReportSchemaKit.Rendering;

/// <summary>How renderers word a finding: both languages, since the tables are Chinese and many readers are not.</summary>
internal static class FindingText
{
    /// <summary>One line for a findings list: severity, rule, where, both sides, both messages.</summary>
    public static string Line(Finding finding) =>
        $"{SeverityWords(finding.Severity)} {finding.RuleId} {finding.Location}: {Sides(finding)} — {finding.MessageZh} / {finding.MessageEn}";

    /// <summary>A cell's hover text: one line per finding that involves it.</summary>
    public static string Tooltip(IReadOnlyList<Finding> findings) =>
        string.Join("\n", findings.Select(f => $"{f.RuleId}（{SeverityWords(f.Severity)}）: {f.MessageZh} / {f.MessageEn} — {Sides(f)}"));

    /// <summary>The heading of the list of claim findings.</summary>
    public const string ClaimsHeading = "叙述与表格 Claims in the narrative";

    /// <summary>
    /// One line for a claim's mention: outcome, claim, the statement and where it stands, the figure, why,
    /// the cells with their values, and the sentence.
    /// </summary>
    public static string ClaimLine(ClaimFinding claim, ClaimMention mention)
    {
        var at = mention.Position is { } position ? " @" + position : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"{OutcomeWords(mention.Outcome)} {claim.ClaimId} {claim.LabelZh}: 「{mention.Statement}」{at} states {mention.Number}; {mention.Explanation} ({string.Join(", ", claim.Cells)}) — {mention.Sentence}")
            .ReplaceLineEndings(" ");
    }

    /// <summary>A cell's hover text for the different claims that read it.</summary>
    public static string ClaimTooltip(IReadOnlyList<ClaimFinding> claims) =>
        string.Join("\n", claims.SelectMany(c => c.Mentions.Where(m => m.Outcome == ClaimOutcome.Different).Select(m =>
            string.Create(CultureInfo.InvariantCulture, $"{c.ClaimId}（叙述与表格不符 the narrative differs）: 「{m.Statement}」 states {m.Number}; {m.Explanation}").ReplaceLineEndings(" "))));

    /// <summary>The CSS class of a claim outcome in a list.</summary>
    public static string ClaimCssClass(ClaimOutcome outcome) => outcome == ClaimOutcome.Different ? "rsk-claim-different" : "rsk-claim-uncertain";

    /// <summary>The CSS class of a severity.</summary>
    public static string CssClass(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "rsk-error",
        RuleSeverity.Warning => "rsk-warning",
        _ => "rsk-info",
    };

    private static string SeverityWords(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "错误 error",
        RuleSeverity.Warning => "警告 warning",
        _ => "提示 info",
    };

    private static string OutcomeWords(ClaimOutcome outcome) => outcome switch
    {
        ClaimOutcome.Different => "叙述不符 different",
        ClaimOutcome.Uncertain => "叙述存疑 uncertain",
        ClaimOutcome.Equal => "叙述相符 equal",
        _ => "未提及 not-stated",
    };

    private static string Sides(Finding finding) =>
        string.Create(CultureInfo.InvariantCulture, $"{finding.Left} ≠ {finding.Right}, difference {finding.Difference}");
}

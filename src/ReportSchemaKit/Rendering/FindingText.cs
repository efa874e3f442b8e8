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

    private static string Sides(Finding finding) =>
        string.Create(CultureInfo.InvariantCulture, $"{finding.Left} ≠ {finding.Right}, difference {finding.Difference}");
}

using System.Linq;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.Docs.Pages;

/// <summary>A rule's severity and scope in words, the same in the version pages and the differences.</summary>
internal static class RuleText
{
    public static string Severity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        _ => "info",
    };

    public static string AppliesTo(RuleInfo rule)
    {
        var tables = string.Join(", ", rule.Tables.Select(t => "`" + t + "`"));
        var scope = rule.Scope switch
        {
            RuleScope.Column => "each column of " + tables,
            RuleScope.Row => "each row of " + tables,
            RuleScope.Cell when rule.CellTypes.Count > 0 => "each " + string.Join(" or ", rule.CellTypes.Select(TypeWord)) + " cell",
            RuleScope.Cell => "each cell",
            _ => "the report",
        };
        return rule.AcrossYears ? scope + ", against the same agency's report of the previous year" : scope;
    }

    private static string TypeWord(CellType type) => type switch
    {
        CellType.Count => "count",
        CellType.SignedCount => "signed-count",
        _ => "decimal",
    };
}

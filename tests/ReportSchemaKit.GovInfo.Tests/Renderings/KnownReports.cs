using System.Collections.Generic;
using ReportSchemaKit.GovInfo.V2019;
using ReportSchemaKit.GovInfo.V2021;
using ReportSchemaKit.Reports;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.GovInfo.Tests.Renderings;

/// <summary>A report the test writers turn into the renderings' HTML, Word and PDF sources.</summary>
/// <param name="Name">The sources' file name stem, also the name of its expected cell listing.</param>
/// <param name="Year">The report year in the title.</param>
/// <param name="ProseLines">Prose lines before the PDF's tables: more push a table across a page break.</param>
/// <param name="Why">What the report is there to show, written at the head of its expected listing.</param>
internal sealed record KnownReport(string Name, int Year, IReport Report, int ProseLines, string Why);

/// <summary>
/// The known reports of the renderings: the classes of values that renderings damage differently — whole blank
/// columns (blanks vanish in text), values that break the report's own rules (rules must not force them), and
/// values of many widths (columns of text stop lining up).
/// </summary>
internal static class KnownReports
{
    public static IReadOnlyList<KnownReport> All { get; } = [BlankColumns(), RuleBreaking(), Varied()];

    private static KnownReport BlankColumns()
    {
        var values = new ReportValues(GovInfoReport2021.TemplateInfo, cell => cell.Type == CellType.Decimal ? 3.5m : Small(cell))
            .BlankRequestsColumn("Research")
            .BlankRequestsColumn("PublicInterest")
            .Derive();
        return new("written-2021-blank-columns", 2023, GovInfoReport2021.FromValues(values.Values), 3,
            "version 2021; Research and PublicInterest blank in every row of section 三; every rule holds");
    }

    private static KnownReport RuleBreaking()
    {
        var values = new ReportValues(GovInfoReport2019.TemplateInfo, cell => cell.Type switch
        {
            CellType.SignedCount => (cell.Ordinal % 3) - 1,
            CellType.Decimal => 19210.5m,
            _ => Small(cell) + (cell.Ordinal % 4 == 0 ? 10 : 0),
        }).Derive();

        // Published reports break their own rules: a row total one more than its row, a group total short by one.
        values["Requests.Disclosed.Total"] += 1;
        values["ReviewLitigation.Review.Total"] -= 1;
        return new("written-2019-rule-breaking", 2020, GovInfoReport2019.FromValues(values.Values), 3,
            "version 2019; Requests.Disclosed.Total is one more than its row (so the Total column's results sum breaks too), ReviewLitigation.Review.Total one less than its group");
    }

    private static KnownReport Varied()
    {
        var values = new ReportValues(GovInfoReport2021.TemplateInfo, cell => cell.Type == CellType.Decimal ? 12345.0678m : Wide(cell)).Derive();
        return new("written-2021-varied", 2022, GovInfoReport2021.FromValues(values.Values), 12,
            "version 2021; values of one to four digits; the PDF's section 三 crosses a page break; every rule holds");
    }

    /// <summary>Mostly zeros and small counts, as most agencies print.</summary>
    private static decimal? Small(CellInfo cell) => (cell.Ordinal * 7 % 5) < 2 ? (cell.Ordinal % 4) + 1 : 0;

    /// <summary>One to four digits, in a pattern that repeats on no nearby row.</summary>
    private static decimal? Wide(CellInfo cell)
    {
        var digits = 1 + (cell.Ordinal * 7 % 4);
        var limit = digits switch { 1 => 10, 2 => 100, 3 => 1000, _ => 10000 };
        return ((cell.Ordinal * 7919) + 13) % limit;
    }
}

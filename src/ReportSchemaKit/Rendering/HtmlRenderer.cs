using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using ReportSchemaKit.Rendering.Layout;
using ReportSchemaKit.Reports;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.Rendering;

/// <summary>
/// Writes a report as a standalone HTML page in the official layout: a heading per section, a table per
/// model table with the printed header spans (<see cref="OfficialLayout"/>), row groups spanning their rows,
/// section 四 as one line of fifteen numbers. Header and label cells are <c>&lt;th&gt;</c>, value cells
/// <c>&lt;td data-key="Table.Row.Column"&gt;</c> (a blank cell is empty). Each cell of a failed finding
/// gets the classes <c>rsk-finding</c> and <c>rsk-error</c> / <c>rsk-warning</c> / <c>rsk-info</c> and a
/// <c>title</c> with the rule's messages in Chinese and English; the findings are listed after the tables.
/// Each cell a contradicted claim of the prose reads gets the class <c>rsk-claim</c>, <c>data-claims</c> and
/// the statement in its <c>title</c>; different and uncertain claims are listed after the findings.
/// The page reads back through <see cref="Parsing.ReportParser"/> to the same report.
/// </summary>
public static class HtmlRenderer
{
    /// <summary>The whole page.</summary>
    public static string Render(IReport report, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= RenderOptions.Default;
        var template = report.Template;
        var title = options.Title ?? template.Identity.Title;
        var marks = new FindingMarks(report, options.Findings);
        var claims = new ClaimMarks(report, options.Claims);
        var html = new StringBuilder(64 * 1024)
            .Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"ReportSchemaKit\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n<style>\n").Append(HtmlStyles.Css).Append("\n</style>\n</head>\n<body>\n")
            .Append("<main class=\"rsk-report\" data-family=\"").Append(Encode(template.Family)).Append("\" data-version=\"").Append(Encode(template.Version)).Append("\">\n")
            .Append("<h1>").Append(Encode(title)).Append("</h1>\n");
        foreach (var section in OfficialLayout.Of(template))
        {
            html.Append("<section class=\"rsk-section\" data-section=\"").Append(Encode(section.Section.Id)).Append("\">\n<h2>").Append(Encode(section.Section.Label)).Append("</h2>\n");
            foreach (var table in section.Tables)
            {
                WriteTable(html, table, cell => CellValueText.Format(report.GetValue(cell.Ordinal)) ?? string.Empty, marks, claims);
            }

            html.Append("</section>\n");
        }

        if (marks.Failures.Count > 0)
        {
            html.Append("<section class=\"rsk-findings\">\n<h2>发现的问题 Findings</h2>\n<ol>\n");
            foreach (var finding in marks.Failures)
            {
                html.Append("<li class=\"").Append(FindingText.CssClass(finding.Severity)).Append("\">").Append(Encode(FindingText.Line(finding))).Append("</li>\n");
            }

            html.Append("</ol>\n</section>\n");
        }

        if (claims.Shown.Count > 0)
        {
            html.Append("<section class=\"rsk-claims\">\n<h2>").Append(Encode(FindingText.ClaimsHeading)).Append("</h2>\n<ol>\n");
            foreach (var (outcome, line) in claims.Lines())
            {
                html.Append("<li class=\"").Append(FindingText.ClaimCssClass(outcome)).Append("\">").Append(Encode(line)).Append("</li>\n");
            }

            html.Append("</ol>\n</section>\n");
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    /// <summary>
    /// One table in the official layout as an HTML fragment, each value cell showing
    /// <paramref name="cellText"/> of its cell — for drawings of a template, such as its documentation.
    /// </summary>
    public static string RenderTable(PrintedTable table, Func<CellInfo, string> cellText)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(cellText);
        var html = new StringBuilder();
        WriteTable(html, table, cellText, marks: null, claims: null);
        return html.ToString();
    }

    private static void WriteTable(StringBuilder html, PrintedTable table, Func<CellInfo, string> cellText, FindingMarks? marks, ClaimMarks? claims)
    {
        html.Append("<table class=\"rsk-table\" data-table=\"").Append(Encode(table.Table.Id)).Append("\">\n<thead>\n");
        if (table.Title is not null)
        {
            html.Append("<tr><th class=\"rsk-title\"").Append(Span("colspan", table.Width)).Append('>').Append(Encode(table.Title)).Append("</th></tr>\n");
        }

        WriteRows(html, table.HeaderRows, cellText, marks, claims);
        html.Append("</thead>\n<tbody>\n");
        WriteRows(html, table.BodyRows, cellText, marks, claims);
        html.Append("</tbody>\n</table>\n");
    }

    private static void WriteRows(StringBuilder html, IReadOnlyList<IReadOnlyList<PrintedCell>> rows, Func<CellInfo, string> cellText, FindingMarks? marks, ClaimMarks? claims)
    {
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                if (cell.Cell is { } info)
                {
                    WriteValue(html, info, cellText(info), marks?.At(info.Ordinal) ?? [], claims?.At(info.Ordinal) ?? []);
                    continue;
                }

                html.Append("<th class=\"").Append(CssClass(cell.Role)).Append('"')
                    .Append(Span("rowspan", cell.RowSpan)).Append(Span("colspan", cell.ColSpan)).Append('>')
                    .Append(Encode(cell.Text)).Append("</th>");
            }

            html.Append("</tr>\n");
        }
    }

    private static void WriteValue(StringBuilder html, CellInfo cell, string text, IReadOnlyList<Validation.Finding> findings, IReadOnlyList<Validation.ClaimFinding> claims)
    {
        html.Append("<td data-key=\"").Append(Encode(cell.Key)).Append('"');
        var classes = new List<string>();
        var titles = new List<string>();
        if (findings.Count > 0)
        {
            classes.Add("rsk-finding");
            classes.Add(FindingText.CssClass(FindingMarks.MostSevere(findings)));
            html.Append(" data-rules=\"").Append(Encode(string.Join(" ", UniqueRules(findings)))).Append('"');
            titles.Add(FindingText.Tooltip(findings));
        }

        if (claims.Count > 0)
        {
            classes.Add("rsk-claim");
            html.Append(" data-claims=\"").Append(Encode(string.Join(" ", claims.Select(c => c.ClaimId)))).Append('"');
            titles.Add(FindingText.ClaimTooltip(claims));
        }

        if (classes.Count > 0)
        {
            html.Append(" class=\"").Append(string.Join(" ", classes)).Append('"')
                .Append(" title=\"").Append(Encode(string.Join("\n", titles)).Replace("\n", "&#10;", StringComparison.Ordinal)).Append('"');
        }

        html.Append('>').Append(Encode(text)).Append("</td>");
    }

    private static IEnumerable<string> UniqueRules(IReadOnlyList<Validation.Finding> findings)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            if (seen.Add(finding.RuleId))
            {
                yield return finding.RuleId;
            }
        }
    }

    private static string CssClass(PrintedCellRole role) => role switch
    {
        PrintedCellRole.Corner => "rsk-corner",
        PrintedCellRole.RowGroup => "rsk-group",
        PrintedCellRole.RowLabel => "rsk-label",
        _ => "rsk-column",
    };

    private static string Span(string name, int span) =>
        span == 1 ? string.Empty : " " + name + "=\"" + span.ToString(CultureInfo.InvariantCulture) + "\"";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using ReportSchemaKit.Layout;
using ReportSchemaKit.Reports;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.GovInfo.Tests.Parsing;

/// <summary>
/// Writes a report the way published reports look in each text layout — title, prose, then the
/// tables with their section headings, header cells, group headers, row labels and values — so that
/// parsing can be tested on inputs whose every value is known. A missing value is written as a
/// blank cell where the layout can show one, and as the empty marker "/" where it cannot.
/// </summary>
internal static class LayoutWriter
{
    public static string Write(IReport report, LayoutKind layout, int year) => layout switch
    {
        LayoutKind.Lines => Lines(report, year),
        LayoutKind.Tabs => Tabs(report, year),
        LayoutKind.Pipes => Pipes(report, year),
        LayoutKind.Html => Html(report, year),
        LayoutKind.AlignedColumns => AlignedColumns(report, year),
        LayoutKind.TextGrid => TextGridWriter.Write(report, TextGridShape.BoxDrawing, year),
        _ => throw new ArgumentOutOfRangeException(nameof(layout)),
    };

    internal static string Title(int year) => $"示例镇{year}年政府信息公开工作年度报告";

    internal const string Prose = "本年度，我镇认真贯彻《中华人民共和国政府信息公开条例》，现将有关情况报告如下。";

    private static string Lines(IReport report, int year)
    {
        var lines = new List<string> { Title(year), Prose };
        foreach (var (section, table) in Tables(report.Template))
        {
            if (section is not null)
            {
                lines.Add(section);
            }

            lines.AddRange(HeaderTexts(table, section));
            if (table.Layout.Body == TableBodyLayout.SingleRow)
            {
                lines.AddRange(table.Rows.SelectMany(r => Values(report, table, r, blank: "\u00A0")));
                continue;
            }

            foreach (var row in table.Rows)
            {
                lines.AddRange(NewGroups(table, row));
                lines.Add(row.Label);
                lines.AddRange(Values(report, table, row, blank: "\u00A0"));
            }
        }

        // One cell per line, with blank lines between, as scraped pages look.
        return string.Join("\n\n", lines) + "\n";
    }

    private static string Tabs(IReport report, int year)
    {
        var text = new StringBuilder().Append(Title(year)).Append('\n').Append(Prose).Append('\n');
        foreach (var (section, table) in Tables(report.Template))
        {
            if (section is not null)
            {
                text.Append(section).Append('\n');
            }

            text.Append('\t').AppendJoin('\t', HeaderTexts(table, section)).Append('\n');
            if (table.Layout.Body == TableBodyLayout.SingleRow)
            {
                text.Append('\t').AppendJoin('\t', table.Rows.SelectMany(r => Values(report, table, r, blank: "/"))).Append('\n');
                continue;
            }

            foreach (var row in table.Rows)
            {
                text.Append('\t').AppendJoin('\t', NewGroups(table, row).Append(row.Label).Concat(Values(report, table, row, blank: "/"))).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Pipes(IReport report, int year)
    {
        var text = new StringBuilder().Append("# ").Append(Title(year)).Append("\n\n").Append(Prose).Append("\n\n");
        foreach (var (section, table) in Tables(report.Template))
        {
            if (section is not null)
            {
                text.Append("## ").Append(section).Append("\n\n");
            }

            var headers = HeaderTexts(table, section).ToList();
            text.Append("| ").AppendJoin(" | ", headers).Append(" |\n|").Append(string.Concat(Enumerable.Repeat("---|", headers.Count))).Append('\n');
            if (table.Layout.Body == TableBodyLayout.SingleRow)
            {
                text.Append("| ").AppendJoin(" | ", table.Rows.SelectMany(r => Values(report, table, r, blank: "/"))).Append(" |\n");
            }
            else
            {
                foreach (var row in table.Rows)
                {
                    text.Append("| ").AppendJoin(" | ", NewGroups(table, row).Append(row.Label).Concat(Values(report, table, row, blank: "/"))).Append(" |\n");
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>As pdftotext -layout writes a table: cells of a row on one line, set apart by runs of spaces.</summary>
    private static string AlignedColumns(IReport report, int year)
    {
        const string Gap = "    ";
        var text = new StringBuilder("      ").Append(Title(year)).Append("\n\n  ").Append(Prose).Append("\n\n");
        foreach (var (section, table) in Tables(report.Template))
        {
            if (section is not null)
            {
                text.Append("     ").Append(section).Append('\n');
            }

            text.Append("       ").AppendJoin(Gap, HeaderTexts(table, section)).Append("\n\n");
            if (table.Layout.Body == TableBodyLayout.SingleRow)
            {
                text.AppendJoin(Gap, table.Rows.SelectMany(r => Values(report, table, r, blank: "/"))).Append("\n\n");
                continue;
            }

            foreach (var row in table.Rows)
            {
                text.AppendJoin(Gap, NewGroups(table, row).Append(row.Label).Concat(Values(report, table, row, blank: "/"))).Append('\n');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Html(IReport report, int year)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
            .Append(Title(year)).Append("</title><script>var nav = '<td>99</td>';</script></head><body><nav><a href=\"/\">首页</a></nav><h1>")
            .Append(Title(year)).Append("</h1><p>").Append(Prose).Append("</p>");
        foreach (var (section, table) in Tables(report.Template))
        {
            if (section is not null)
            {
                html.Append("<h2>").Append(Encode(section)).Append("</h2>");
            }

            html.Append("<table border=\"1\"><tr>");
            foreach (var header in HeaderTexts(table, section))
            {
                html.Append("<th>").Append(Encode(header)).Append("</th>");
            }

            html.Append("</tr>");
            if (table.Layout.Body == TableBodyLayout.SingleRow)
            {
                html.Append("<tr>").AppendJoin(string.Empty, table.Rows.SelectMany(r => Values(report, table, r, blank: string.Empty)).Select(v => "<td>" + v + "</td>")).Append("</tr>");
            }
            else
            {
                foreach (var row in table.Rows)
                {
                    html.Append("<tr>");
                    foreach (var group in row.Groups.Where(g => FirstRowOf(table, g) == row))
                    {
                        var span = table.Rows.Count(r => InGroup(r, group));
                        html.Append("<td rowspan=\"").Append(span.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(Encode(group.Label)).Append("</td>");
                    }

                    html.Append("<td>").Append(Encode(row.Label)).Append("</td>")
                        .AppendJoin(string.Empty, Values(report, table, row, blank: string.Empty).Select(v => "<td>" + v + "</td>")).Append("</tr>");
                }
            }

            html.Append("</table>");
        }

        return html.Append("<footer>版权所有</footer></body></html>").ToString();
    }

    /// <summary>Each table with the heading of its section before the section's first table.</summary>
    internal static IEnumerable<(string? Section, TableInfo Table)> Tables(ReportTemplate template) =>
        template.Sections.SelectMany(s => s.Tables.Select((t, i) => (i == 0 ? s.Label : null, t)));

    /// <summary>The table's label (unless its section's heading already says it) and its header cells.</summary>
    internal static IEnumerable<string> HeaderTexts(TableInfo table, string? section)
    {
        if (section is null || !section.Contains(table.Label, StringComparison.Ordinal))
        {
            yield return table.Label;
        }

        if (table.RowHeader is not null)
        {
            yield return table.RowHeader;
        }

        if (table.ColumnHeader is not null)
        {
            yield return table.ColumnHeader;
        }

        if (table.Layout.HeaderRows.Count > 0)
        {
            foreach (var cell in table.Layout.HeaderRows.SelectMany(r => r))
            {
                yield return cell.Text;
            }

            yield break;
        }

        var groups = new HashSet<string>();
        foreach (var column in table.Columns)
        {
            foreach (var group in column.Groups.Where(g => groups.Add(g.Label)))
            {
                yield return group.Label;
            }

            yield return column.Label;
        }
    }

    internal static IEnumerable<string> NewGroups(TableInfo table, RowInfo row) =>
        row.Groups.Where(g => FirstRowOf(table, g) == row).Select(g => g.Label);

    private static RowInfo FirstRowOf(TableInfo table, HeaderGroup group) => table.Rows.First(r => InGroup(r, group));

    private static bool InGroup(RowInfo row, HeaderGroup group) => row.Groups.Any(g => g.Label == group.Label);

    internal static IEnumerable<string> Values(IReport report, TableInfo table, RowInfo row, string blank) =>
        table.Columns.Select(c => report.GetValue(table.CellOrdinal(row.Index, c.Index)) is { } v ? v.ToString(CultureInfo.InvariantCulture) : blank);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}

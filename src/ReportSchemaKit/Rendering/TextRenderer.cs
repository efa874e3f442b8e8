using System;
using System.Collections.Generic;
using System.Text;
using ReportSchemaKit.Rendering.Layout;
using ReportSchemaKit.Reports;

namespace ReportSchemaKit.Rendering;

/// <summary>
/// Writes a report in the one-cell-per-line layout that text copied from a report's web page has: the
/// title, each section heading, then every cell of the official layout in the order a browser lists
/// them (row by row, a spanning cell once, where it starts), one per line with a blank line between.
/// </summary>
/// <remarks>
/// A blank value is a line holding one no-break space, as a copied <c>&lt;td&gt;&amp;nbsp;&lt;/td&gt;</c>
/// is: an empty line would only separate cells, and the values after it would slide into the wrong
/// columns. Empty header cells print nothing. The text reads back through
/// <see cref="Parsing.ReportParser"/> to the same report.
/// </remarks>
public static class TextRenderer
{
    /// <summary>The line that stands for a blank value cell.</summary>
    public const string BlankCell = "\u00A0";

    /// <summary>The whole text.</summary>
    public static string Render(IReport report, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= RenderOptions.Default;
        var lines = new List<string> { options.Title ?? report.Template.Identity.Title };
        foreach (var section in OfficialLayout.Of(report.Template))
        {
            lines.Add(section.Section.Label);
            foreach (var table in section.Tables)
            {
                if (table.Title is not null)
                {
                    lines.Add(table.Title);
                }

                AddCells(lines, report, table.HeaderRows);
                AddCells(lines, report, table.BodyRows);
            }
        }

        var marks = new FindingMarks(report, options.Findings);
        if (marks.Failures.Count > 0)
        {
            lines.Add("发现的问题 Findings");
            foreach (var finding in marks.Failures)
            {
                lines.Add(FindingText.Line(finding));
            }
        }

        var claims = new ClaimMarks(report, options.Claims);
        if (claims.Shown.Count > 0)
        {
            lines.Add(FindingText.ClaimsHeading);
            foreach (var (_, line) in claims.Lines())
            {
                lines.Add(line);
            }
        }

        var text = new StringBuilder(16 * 1024);
        foreach (var line in lines)
        {
            text.Append(line.ReplaceLineEndings(" ")).Append("\n\n");
        }

        return text.ToString();
    }

    private static void AddCells(List<string> lines, IReport report, IReadOnlyList<IReadOnlyList<PrintedCell>> rows)
    {
        foreach (var row in rows)
        {
            foreach (var cell in row)
            {
                if (cell.Cell is { } info)
                {
                    lines.Add(CellValueText.Format(report.GetValue(info.Ordinal)) ?? BlankCell);
                }
                else if (cell.Text.Length > 0)
                {
                    lines.Add(cell.Text);
                }
            }
        }
    }
}

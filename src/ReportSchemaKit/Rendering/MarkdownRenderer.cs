using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ReportSchemaKit.Rendering.Layout;
using ReportSchemaKit.Reports;

namespace ReportSchemaKit.Rendering;

/// <summary>
/// Writes a report as Markdown: the title, a <c>##</c> heading per section, a <c>###</c> heading per table
/// whose label the section heading does not already say, and a pipe table per table.
/// </summary>
/// <remarks>
/// <para>Pipe tables cannot span, so the official layout is flattened as a merged cell looks once its
/// merge is undone: the header rows keep each caption in the first column it covers and leave the other
/// columns it covers empty; the row labels share one column, and a row group's label gets a row of its own
/// above its first row (three-level labels read as an outline). Section 四 stays one line of fifteen
/// numbers under its header rows.</para>
/// <para>A blank cell is written <c>—</c>, an explicit empty marker: an empty cell at the end of a row
/// would look like the padding that HTML-to-Markdown converters leave, which readers drop.</para>
/// <para>The text reads back through <see cref="Parsing.ReportParser"/> to the same report.</para>
/// </remarks>
public static class MarkdownRenderer
{
    /// <summary>What a blank cell is written as.</summary>
    public const string BlankCell = "—";

    /// <summary>The whole document.</summary>
    public static string Render(IReport report, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= RenderOptions.Default;
        var markdown = new StringBuilder(16 * 1024).Append("# ").Append(Inline(options.Title ?? report.Template.Identity.Title)).Append("\n\n");
        foreach (var section in OfficialLayout.Of(report.Template))
        {
            markdown.Append("## ").Append(Inline(section.Section.Label)).Append("\n\n");
            foreach (var table in section.Tables)
            {
                if (table.Title is not null)
                {
                    markdown.Append("### ").Append(Inline(table.Title)).Append("\n\n");
                }

                WriteTable(markdown, report, table);
                markdown.Append('\n');
            }
        }

        var marks = new FindingMarks(report, options.Findings);
        if (marks.Failures.Count > 0)
        {
            markdown.Append("## 发现的问题 Findings\n\n");
            foreach (var finding in marks.Failures)
            {
                markdown.Append("- ").Append(Inline(FindingText.Line(finding))).Append('\n');
            }
        }

        var claims = new ClaimMarks(report, options.Claims);
        if (claims.Shown.Count > 0)
        {
            markdown.Append("## ").Append(FindingText.ClaimsHeading).Append("\n\n");
            foreach (var (_, line) in claims.Lines())
            {
                markdown.Append("- ").Append(Inline(line)).Append('\n');
            }
        }

        return markdown.ToString();
    }

    private static void WriteTable(StringBuilder markdown, IReport report, PrintedTable table)
    {
        var hasLabels = table.LabelColumns > 0;
        var width = table.Width - table.LabelColumns + (hasLabels ? 1 : 0);
        int ColumnOf(PrintedCell cell) => cell.Column < table.LabelColumns ? 0 : cell.Column - table.LabelColumns + (hasLabels ? 1 : 0);

        var header = new string[table.HeaderRows.Count][];
        for (var r = 0; r < header.Length; r++)
        {
            header[r] = new string[width];
            Array.Fill(header[r], string.Empty);
            foreach (var cell in table.HeaderRows[r])
            {
                header[r][ColumnOf(cell)] = cell.Text;
            }
        }

        for (var r = 0; r < header.Length; r++)
        {
            WriteRow(markdown, header[r]);
            if (r == 0)
            {
                markdown.Append('|');
                for (var c = 0; c < width; c++)
                {
                    markdown.Append(hasLabels && c == 0 ? "---|" : "--:|");
                }

                markdown.Append('\n');
            }
        }

        foreach (var row in table.BodyRows)
        {
            var cells = new List<string>(width);
            foreach (var cell in row)
            {
                switch (cell.Role)
                {
                    case PrintedCellRole.RowGroup:
                        WriteRow(markdown, [cell.Text]);
                        break;
                    case PrintedCellRole.Value:
                        cells.Add(CellValueText.Format(report.GetValue(cell.Cell!.Ordinal)) ?? BlankCell);
                        break;
                    default:
                        cells.Add(cell.Text);
                        break;
                }
            }

            WriteRow(markdown, cells);
        }
    }

    private static void WriteRow(StringBuilder markdown, IEnumerable<string> cells) =>
        markdown.Append("| ").AppendJoin(" | ", cells.Select(Cell)).Append(" |\n");

    private static string Cell(string text) => Inline(text).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Markdown text on one line: a line break inside a label would end the row or heading.</summary>
    private static string Inline(string text) => text.ReplaceLineEndings(" ");
}

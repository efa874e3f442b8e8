using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportSchemaKit.Reports;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>
/// A report as the rows of cells LayoutWriter prints (title, prose, section headings, header cells, then each
/// row's new group labels, label and values), kept as structure so that damage can work on it.
/// </summary>
internal static class DamageDocument
{
    public static List<DamageRow> Rows(IReport report, int year)
    {
        var rows = new List<DamageRow> { DamageRow.Line(RowKind.Text, LayoutWriter.Title(year)), DamageRow.Line(RowKind.Text, LayoutWriter.Prose) };
        foreach (var (section, table) in LayoutWriter.Tables(report.Template))
        {
            if (section is not null)
            {
                rows.Add(DamageRow.Line(RowKind.Heading, section));
            }

            rows.Add(new DamageRow(RowKind.Header, LayoutWriter.HeaderTexts(table, section).Select(DamageCell.Plain).ToList(), table.Id));
            if (table.Layout.Body == TableBodyLayout.SingleRow)
            {
                rows.Add(new DamageRow(RowKind.Data, table.Rows.SelectMany(r => Values(report, table, r)).ToList(), table.Id));
                continue;
            }

            foreach (var row in table.Rows)
            {
                var cells = LayoutWriter.NewGroups(table, row).Select(g => new DamageCell(CellKind.Group, g))
                    .Append(new DamageCell(CellKind.Label, row.Label))
                    .Concat(Values(report, table, row));
                rows.Add(new DamageRow(RowKind.Data, cells.ToList(), table.Id, row.Index));
            }
        }

        return rows;
    }

    private static IEnumerable<DamageCell> Values(IReport report, TableInfo table, RowInfo row) =>
        table.Columns.Select(c => table.CellOrdinal(row.Index, c.Index)).Select(o =>
            new DamageCell(CellKind.Value, report.GetValue(o) is { } v ? v.ToString(CultureInfo.InvariantCulture) : string.Empty, o));
}

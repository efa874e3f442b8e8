using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>
/// One table printed as several: section 四 as three five-column tables headed by their row's name; section 三 as
/// one table per row group, each with generic headers (数据1 … 数据7) or the header of another table.
/// </summary>
internal static class SplitTables
{
    private static readonly string[] ReviewHeadings = ["行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"];

    public static List<DamageRow> Apply(IReadOnlyList<DamageRow> rows, Random random, ReportTemplate template)
    {
        var result = new List<DamageRow>();
        var requests = template.Tables.Single(t => t.Id == "Requests");
        var wrongHeader = rows.First(r => r.Kind == RowKind.Header && r.Table != "Requests");
        var keepFirstHeader = random.Next(2) == 0;
        var generic = random.Next(3) != 0;
        var splitReview = random.Next(4) != 0;
        var splitRequests = random.Next(4) != 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (splitReview && row.Kind == RowKind.Header && row.Table == "ReviewLitigation")
            {
                var values = rows[i + 1].Cells;
                var columns = template.Tables.Single(t => t.Id == "ReviewLitigation").Columns;
                for (var t = 0; t < 3; t++)
                {
                    result.Add(DamageRow.Line(RowKind.Heading, ReviewHeadings[t]));
                    result.Add(new DamageRow(RowKind.Header, columns.Select(c => DamageCell.Plain(c.Label)).ToList(), row.Table));
                    result.Add(new DamageRow(RowKind.Data, values.Skip(t * 5).Take(5).ToList(), row.Table));
                }

                i++;
                continue;
            }

            if (splitRequests && row.Table == "Requests" && row.Kind == RowKind.Header && !keepFirstHeader)
            {
                continue;
            }

            if (splitRequests && row.Table == "Requests" && row.Kind == RowKind.Data && row.Row >= 0 && StartsGroup(requests, row.Row) && (row.Row > 0 || !keepFirstHeader))
            {
                result.Add(generic
                    ? new DamageRow(RowKind.Header, Enumerable.Range(1, requests.Columns.Count).Select(n => DamageCell.Plain("数据" + n.ToString(CultureInfo.InvariantCulture))).Prepend(DamageCell.Plain("项目")).ToList(), row.Table)
                    : wrongHeader with { Table = row.Table });
            }

            result.Add(row);
        }

        return result;
    }

    /// <summary>True where the row's innermost group differs from the previous row's: a new small table starts.</summary>
    private static bool StartsGroup(TableInfo table, int row) =>
        row == 0 || Innermost(table.Rows[row]) != Innermost(table.Rows[row - 1]);

    private static string? Innermost(RowInfo row) => row.Groups.Count == 0 ? null : row.Groups[^1].Label;
}

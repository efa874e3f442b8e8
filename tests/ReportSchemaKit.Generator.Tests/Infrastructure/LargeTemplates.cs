using System.Globalization;
using System.Text;

namespace ReportSchemaKit.Generator.Tests.Infrastructure;

/// <summary>Templates far larger than any real one, to show the generator scales: one table of N rows and a rule over all of them.</summary>
internal static class LargeTemplates
{
    public static string WithRows(int rows)
    {
        var yaml = new StringBuilder("""
            family: large-family
            version: "1"
            title: Large format
            issuedBy: Test office
            years: { from: 2020 }
            sections:
              - id: Main
                label: 一、Main
                tables:
                  - id: Big
                    label: Big table
                    type: count
                    columns:
                      - id: Count
                        label: 数量
                      - id: Share
                        label: 占比
                    rows:

            """);
        for (int row = 1; row <= rows; row++)
        {
            string id = RowId(row);
            yaml.Append(CultureInfo.InvariantCulture, $"          - id: {id}\n            label: 第{row}行\n");
        }

        yaml.Append(CultureInfo.InvariantCulture, $"""
            rules:
              - id: big.first-is-the-total
                table: Big
                each: column
                assert: {RowId(1)} == sum({RowId(2)}..{RowId(rows)})
                message: {"{"} zh: 合计, en: total {"}"}

            """);
        return yaml.ToString();
    }

    public static string RowId(int row) => "Row" + row.ToString("D5", CultureInfo.InvariantCulture);
}

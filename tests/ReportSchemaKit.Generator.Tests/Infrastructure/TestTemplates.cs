namespace ReportSchemaKit.Generator.Tests.Infrastructure;

/// <summary>Small templates written for tests; line numbers in the diagnostics tests refer to these texts.</summary>
internal static class TestTemplates
{
    /// <summary>A valid template with a column group, a row group, a decimal column, a single-row layout, rules and claims.</summary>
    public const string Minimal = """
        family: test-family
        version: "1"
        title: Test format
        issuedBy: Test office
        years: { from: 2020, to: 2021 }
        sections:
          - id: Main
            label: 一、Main
            tables:
              - id: Counts
                label: Counts table
                type: count
                columns:
                  - id: A
                    label: Alpha
                  - group: Others
                    columns:
                      - id: B
                        label: Beta
                  - id: Total
                    label: 总计
                rows:
                  - id: First
                    label: 第一
                  - group: 其余
                    rows:
                      - id: Second
                        label: 第二
              - id: Money
                label: Money table
                columns:
                  - id: Amount
                    label: 金额
                    type: decimal
                    scale: 4
                    unit: 万元
                rows:
                  - id: Fees
                    label: 收费
              - id: Flat
                label: Flat table
                type: count
                columns:
                  - id: Up
                    label: 上
                  - id: Down
                    label: 下
                rows:
                  - id: Left
                    label: 左
                  - id: Right
                    label: 右
                layout:
                  body: single-row
                  header:
                    - [{ text: 左, colSpan: 2 }, { text: 右, colSpan: 2 }]
                    - [{ text: 上 }, { text: 下 }, { text: 上 }, { text: 下 }]
        rules:
          - id: counts.total
            table: Counts
            each: row
            assert: Total == A + B
            message: { zh: 总计, en: total }
          - id: counts.first
            table: Counts
            each: column
            assert: First >= sum(First..Second) - Second
            message: { zh: 第一, en: first }
          - id: cells.non-negative
            each: cell
            types: [count, decimal]
            assert: value >= 0
            message: { zh: 非负, en: non-negative }
          - id: continuity.carry
            across: previous-year
            table: Counts
            each: column
            assert: First == previous.Second
            message: { zh: 结转, en: carry }
          - id: report.money
            each: report
            assert: Money.Fees.Amount <= Counts.First.Total
            message: { zh: 金额, en: money }
        claims:
          - id: stated.total
            label: { zh: 总数, en: the total }
            value: Counts.First.Total + Counts.Second.Total
            phrases: [共计…项目, 项目总数]
            zero: [没有…项目]
            notAfter: [上期]
          - id: stated.first
            label: { zh: 第一, en: the first }
            value: Counts.First.Total
            phrases: [第一项]
        """;

    /// <summary>The minimal template with one piece of text replaced; fails the test if the text is not there.</summary>
    public static string MinimalWith(string find, string replace)
    {
        Assert.Contains(find, Minimal, System.StringComparison.Ordinal);
        return Minimal.Replace(find, replace, System.StringComparison.Ordinal);
    }
}

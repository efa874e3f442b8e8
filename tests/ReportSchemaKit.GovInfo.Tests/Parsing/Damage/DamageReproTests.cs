using System.Globalization;
using System.Linq;
using ReportSchemaKit.Parsing;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>The property tests' shortest failures (DamageRepros): each printed cell is read as its true value or not read.</summary>
public sealed class DamageReproTests
{
    public static TheoryData<string> Names => new(DamageRepros.Cases.Keys.Order());

    [Theory]
    [MemberData(nameof(Names))]
    public void A_repro_gives_no_wrong_value(string name)
    {
        var (text, cells) = DamageRepros.Cases[name];

        var result = ReportTemplates.Parse(text);

        Assert.True(result.HasReport, string.Join('\n', result.Diagnostics));
        var wrong = cells.Where(c => result.OriginOf(c.Key).State == CellState.Value && result.Report!.GetValue(result.Template!.Cells.Single(x => x.Key == c.Key).Ordinal) != c.Value)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key}: expected {c.Value?.ToString(CultureInfo.InvariantCulture) ?? "blank"}, got {result.OriginOf(c.Key).Raw} ({result.OriginOf(c.Key).Binding})"))
            .ToList();
        Assert.True(wrong.Count == 0, string.Join('\n', wrong.Concat(result.Diagnostics.Select(d => d.ToString()))));
    }
}

using System;
using Xunit.Abstractions;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>
/// Never a wrong value: for reports damaged by each class of FORMATS.md's renderings (and pairs of classes), every
/// cell is read as its true value or not read at all, with a diagnostic. Recall (exact cells among those the damage
/// left printed) goes to the test output.
/// <para>
/// CI: <c>dotnet test tests/ReportSchemaKit.GovInfo.Tests -c Release --filter FullyQualifiedName~Parsing.Damage.</c> (500 per
/// class). Locally: <c>RSK_DAMAGE_ITERATIONS=10000 RSK_DAMAGE_TABLE=damage.md RSK_DAMAGE_REPROS=repros</c> before the same
/// command writes the table of wrong cells and recall per class to damage.md and each failing class's shortest repro
/// to repros/&lt;class&gt;.txt.
/// </para>
/// </summary>
public sealed class DamagePropertyTests(ITestOutputHelper output)
{
    public static TheoryData<DamageClass> Classes => new(Enum.GetValues<DamageClass>());

    [Theory]
    [MemberData(nameof(Classes))]
    public void Damaged_reports_give_each_cell_its_value_or_none(DamageClass damage)
    {
        var tally = DamageRun.Run(damage, DamageRun.Iterations);

        output.WriteLine(DamageTally.Heading);
        output.WriteLine(tally.Line(damage));
        DamageRun.Record(damage, tally);
        Assert.True(tally.Reports >= DamageRun.Iterations, "every damaged report was parsed");
        Assert.True(tally.Wrong == 0 && tally.Silent == 0, $"{tally.Line(damage)}\n{DamageRun.Repro(damage, tally)}");
    }
}

using ReportSchemaKit.Generator.Tests.Infrastructure;

namespace ReportSchemaKit.Generator.Tests.Diagnostics;

/// <summary>A range must read one report: the validator cannot guess which year sum(previous.A..B) means.</summary>
public sealed class RangeDiagnosticsTests
{
    [Fact]
    public void RSK0007_a_range_mixing_this_year_and_last_year()
    {
        var yaml = TestTemplates.MinimalWith("assert: First == previous.Second", "assert: First == sum(previous.First..Second)");

        var diagnostic = GeneratorHarness.Run(("/t/test-family/1.yaml", yaml)).Single("RSK0007");

        Assert.Equal(YamlPositions.Of(yaml, "Second)\n"), YamlPositions.Start(diagnostic));
        Assert.Contains("sum(previous.A..previous.B)", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_wholly_in_last_years_report_is_accepted()
    {
        var yaml = TestTemplates.MinimalWith("assert: First == previous.Second", "assert: First == sum(previous.First..previous.Second)");

        var outcome = GeneratorHarness.Run(("/t/test-family/1.yaml", yaml));

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompilationProblems);
    }
}

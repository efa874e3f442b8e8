using System;
using System.IO;
using System.Linq;
using ReportSchemaKit.Generator.Tests.Infrastructure;

namespace ReportSchemaKit.Generator.Tests.Snapshots;

/// <summary>
/// Pins what the generator emits for the official templates. The approved files are
/// generated-samples/source/*.g.cs, so the samples a reader browses are exactly what the build
/// compiles; scripts/update-snapshots.sh rewrites them after an intended change.
/// </summary>
public sealed class GeneratedSamplesTests
{
    private static readonly string SamplesDirectory = Path.Combine(RepositoryPaths.GeneratedSamples, "source");

    [Fact]
    public void The_official_templates_generate_exactly_the_checked_in_samples()
    {
        var outcome = GeneratorHarness.Run("ReportSchemaKit.GovInfo", GeneratorHarness.OfficialTemplates());

        Assert.Empty(outcome.GeneratorDiagnostics);
        foreach (var (hintName, text) in outcome.Sources)
        {
            Snapshot.Match(Path.Combine(SamplesDirectory, hintName), text);
        }

        var expected = outcome.Sources.Select(s => s.HintName).Order(StringComparer.Ordinal);
        var onDisk = Directory.GetFiles(SamplesDirectory, "*.g.cs").Select(Path.GetFileName).Where(n => !n!.Contains(".received.", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(expected, onDisk);
    }

    [Fact]
    public void The_official_output_compiles_without_warnings()
    {
        var outcome = GeneratorHarness.Run("ReportSchemaKit.GovInfo", GeneratorHarness.OfficialTemplates());

        Assert.Empty(outcome.CompilationProblems);
        Assert.Equal((2 * ReportTemplateGenerator.VersionTemplates.Count) + 1, outcome.Sources.Count);
    }

    [Fact]
    public void A_test_template_generates_its_approved_snapshot()
    {
        var outcome = GeneratorHarness.Run(("/t/test-family/1.yaml", TestTemplates.Minimal));

        foreach (var (hintName, text) in outcome.Sources)
        {
            Snapshot.Match(Path.Combine(RepositoryPaths.Root, "tests", "ReportSchemaKit.Generator.Tests", "Snapshots", "Minimal", hintName.Replace(".g.cs", ".verified.cs", StringComparison.Ordinal)), text);
        }
    }
}

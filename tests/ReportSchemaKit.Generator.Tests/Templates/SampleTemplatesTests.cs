using System;
using System.IO;
using System.Linq;
using ReportSchemaKit.Generator.Tests.Infrastructure;

namespace ReportSchemaKit.Generator.Tests.Templates;

/// <summary>
/// The templates a sample consumer adds by YAML alone (samples/*/schemas) stay valid as the generator
/// changes. scripts/ci/pack-and-run-sample.sh proves them through the packed packages; this proves the
/// YAML on every test run, without packing.
/// </summary>
public sealed class SampleTemplatesTests
{
    [Fact]
    public void The_provincial_sample_template_generates_without_diagnostics_and_its_output_compiles()
    {
        var schemas = Path.Combine(RepositoryPaths.Root, "samples", "ProvincialReports", "schemas");
        var files = Directory.GetFiles(schemas, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (path, File.ReadAllText(path)))
            .ToArray();

        var outcome = GeneratorHarness.Run("ProvincialReports", files);

        Assert.NotEmpty(files);
        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompilationProblems);
        Assert.Contains(outcome.Sources, source => source.HintName == "ProvincialReports.Yunnan.V2021.YunnanReport2021.Model.g.cs");
    }
}

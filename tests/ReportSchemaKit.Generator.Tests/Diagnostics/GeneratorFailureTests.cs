using System.Collections.Immutable;
using System.Threading;
using ReportSchemaKit.Generator.Emitting;
using ReportSchemaKit.Generator.Parsing;
using ReportSchemaKit.Generator.Tests.Infrastructure;

namespace ReportSchemaKit.Generator.Tests.Diagnostics;

/// <summary>RSK0012: a failure inside the generator reaches the user as a located diagnostic, never as CS8785.</summary>
public sealed class GeneratorFailureTests
{
    [Fact]
    public void RSK0012_a_render_failure_becomes_a_diagnostic_on_the_template_file()
    {
        var spec = TemplateParser.Parse("/t/test-family/1.yaml", TestTemplates.Minimal, CancellationToken.None).Spec!;

        var rendered = ReportTemplateGenerator.Render(spec, "Consumer", ["Model", "NoSuchTemplate"]);
        var plan = EmissionPlan.Create([rendered], "Consumer");

        Assert.Empty(rendered.Sources);
        var diagnostic = Assert.Single(plan.Diagnostics);
        Assert.Equal("RSK0012", diagnostic.Id);
        Assert.Equal("/t/test-family/1.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("lacks its embedded template 'ReportSchemaKit.Generator.Templates.NoSuchTemplate.sbncs'", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Empty(plan.Sources);
    }

    [Fact]
    public void Every_line_removed_or_the_file_cut_short_gives_diagnostics_or_output_never_a_crash()
    {
        var lines = TestTemplates.Minimal.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var without = string.Join('\n', lines[..i]) + "\n" + string.Join('\n', lines[(i + 1)..]);
            var truncated = string.Join('\n', lines[..i]);
            foreach (var yaml in new[] { without, truncated })
            {
                var outcome = GeneratorHarness.Run(("/t/test-family/1.yaml", yaml));
                Assert.Null(Assert.Single(outcome.Result.Results).Exception);
                Assert.True(
                    outcome.Sources.Count > 0 || !outcome.GeneratorDiagnostics.IsEmpty,
                    $"Neither output nor a diagnostic for the template without line {i + 1}");
                Assert.All(outcome.GeneratorDiagnostics, d => Assert.StartsWith("RSK", d.Id, System.StringComparison.Ordinal));
            }
        }
    }
}

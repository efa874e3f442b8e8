using System;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using ReportSchemaKit.Generator.Tests.Infrastructure;

namespace ReportSchemaKit.Generator.Tests.Emitting;

/// <summary>
/// Templates far larger than any real one. Generation and compile times per size are in GeneratorScaleBenchmarks;
/// here only what must hold at any size.
/// </summary>
public sealed class LargeTemplateTests
{
    [Fact]
    public void Ten_thousand_rows_generate_whole_sources_without_diagnostics()
    {
        var outcome = GeneratorHarness.Run(("/templates/large-family/1.yaml", LargeTemplates.WithRows(10_000)));

        Assert.Null(Assert.Single(outcome.Result.Results).Exception);
        Assert.Empty(outcome.GeneratorDiagnostics);
        // Syntax only: a source cut short (Scriban once cut every output past 1 MB to "...") fails here, in seconds.
        var syntaxErrors = outcome.Output.SyntaxTrees.SelectMany(t => t.GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(syntaxErrors);
        var template = Assert.Single(outcome.Sources, s => s.HintName.EndsWith(".Template.g.cs", System.StringComparison.Ordinal));
        Assert.True(template.Text.Length > 1 << 20, $"The 10,000-row template source is {template.Text.Length} chars; it should pass 1 MB to test the cut.");
        Assert.Contains("Big.Row10000.Share", template.Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Two_thousand_rows_compile_and_read_every_cell_back()
    {
        var driver = GeneratorHarness.CreateDriver([new InMemoryAdditionalText("/templates/large-family/1.yaml", LargeTemplates.WithRows(2_000))]);
        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(Probe), out var compilation, out var diagnostics);
        Assert.Empty(diagnostics);

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)));
        image.Position = 0;
        var context = new AssemblyLoadContext(nameof(LargeTemplateTests), isCollectible: true);
        try
        {
            var run = context.LoadFromStream(image).GetType("Consumer.Probe.Run", throwOnError: true)!;
            Assert.Equal("every cell read back", (string)run.GetMethod("EveryCell")!.Invoke(null, null)!);
        }
        finally
        {
            context.Unload();
        }
    }

    // 4,000 cells take several switch blocks in GetValue; every ordinal must still reach its own cell, and none outside.
    private const string Probe = """
        namespace Consumer.Probe;

        public static class Run
        {
            public static string EveryCell()
            {
                var values = new decimal?[4_000];
                for (int i = 0; i < values.Length; i++) values[i] = i;
                var report = Consumer.LargeFamily.V1.LargeFamilyReport1.FromValues(values);
                for (int i = 0; i < values.Length; i++)
                {
                    if (report.GetValue(i) != i) return $"cell {i} read {report.GetValue(i)}";
                }

                foreach (int outside in new[] { -1, 4_000, int.MaxValue, int.MinValue })
                {
                    try { report.GetValue(outside); return $"{outside} read a cell"; }
                    catch (System.ArgumentOutOfRangeException) { }
                }

                return "every cell read back";
            }
        }
        """;
}

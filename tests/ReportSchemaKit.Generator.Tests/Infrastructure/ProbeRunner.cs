using System;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace ReportSchemaKit.Generator.Tests.Infrastructure;

/// <summary>Compiles a template's generated code with a probe class beside it, loads it and calls the probe.</summary>
internal static class ProbeRunner
{
    /// <summary>Runs <c>Consumer.Probe.Run.&lt;method&gt;()</c>, a static method returning a string, over the template's generated code.</summary>
    public static string Run(string yaml, string probe, string method)
    {
        var driver = GeneratorHarness.CreateDriver([new InMemoryAdditionalText("/t/test-family/1.yaml", yaml)]);
        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(probe), out var compilation, out var diagnostics);
        Assert.Empty(diagnostics);

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        image.Position = 0;

        var context = new AssemblyLoadContext(nameof(ProbeRunner), isCollectible: true);
        try
        {
            var run = context.LoadFromStream(image).GetType("Consumer.Probe.Run", throwOnError: true)!;
            return (string)run.GetMethod(method)!.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}

using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using ReportSchemaKit.Generator;
using ReportSchemaKit.Generator.Tests.Infrastructure;

namespace ReportSchemaKit.Benchmarks;

/// <summary>
/// The generator, and the compiler over what it wrote, for one table of 100 to 10,000 rows with a rule summing
/// them all: both should grow about linearly with the rows. One timed run per size, since the largest takes seconds.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3, id: "Scale")]
[MemoryDiagnoser]
public class GeneratorScaleBenchmarks
{
    private AdditionalText[] _files = [];
    private CSharpCompilation _empty = null!;

    [Params(100, 1_000, 10_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = [new YamlText("/templates/large-family/1.yaml", LargeTemplates.WithRows(Rows))];
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll")
            .Append(typeof(ReportSchemaKit.Templates.ReportTemplate).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
        _empty = CSharpCompilation.Create(
            "Scale",
            references: references,
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    [Benchmark(Description = "generate")]
    public int Generate() => Run(out _).GeneratedTrees.Length;

    [Benchmark(Description = "generate and compile")]
    public int GenerateAndCompile()
    {
        Run(out var output);
        var errors = output.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        // A template that stopped compiling would otherwise be timed as a fast one.
        return errors == 0 ? output.SyntaxTrees.Count() : throw new InvalidOperationException($"{errors} compile errors at {Rows} rows");
    }

    private GeneratorDriverRunResult Run(out Compilation output)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new ReportTemplateGenerator().AsSourceGenerator()], additionalTexts: _files);
        driver = driver.RunGeneratorsAndUpdateCompilation(_empty, out output, out var diagnostics);
        return diagnostics.IsEmpty ? driver.GetRunResult() : throw new InvalidOperationException(string.Join("; ", diagnostics));
    }

    private sealed class YamlText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => _text;
    }
}

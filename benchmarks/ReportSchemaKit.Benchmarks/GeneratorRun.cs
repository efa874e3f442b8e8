using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ReportSchemaKit.Generator;

namespace ReportSchemaKit.Benchmarks;

/// <summary>One run of the source generator over the official templates, as the compiler makes it.</summary>
internal sealed class GeneratorRun
{
    private readonly AdditionalText[] _files;
    private readonly CSharpCompilation _compilation;

    public GeneratorRun()
    {
        var schemas = Path.Combine(BenchmarkInputs.RepositoryRoot, "schemas", "gov-info-disclosure");
        _files = Directory.GetFiles(schemas, "*.yaml").Select(p => (AdditionalText)new FileText(p, File.ReadAllText(p))).ToArray();
        _compilation = CSharpCompilation.Create("Bench", references: [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)]);
    }

    /// <summary>Runs a new driver; returns how many files it generated, and fails loudly if it generated none.</summary>
    public int Run()
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new ReportTemplateGenerator().AsSourceGenerator()], additionalTexts: _files);
        driver = driver.RunGenerators(_compilation);
        var result = driver.GetRunResult();
        if (result.GeneratedTrees.Length == 0 || !result.Diagnostics.IsEmpty)
        {
            // A generator that failed to load would otherwise be timed as a very fast one.
            throw new System.InvalidOperationException("The generator produced nothing: " + string.Join("; ", result.Diagnostics));
        }

        return result.GeneratedTrees.Length;
    }

    private sealed class FileText(string path, string text) : AdditionalText
    {
        private readonly Microsoft.CodeAnalysis.Text.SourceText _text = Microsoft.CodeAnalysis.Text.SourceText.From(text);

        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => _text;
    }
}

using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ReportSchemaKit.GovInfo;
using ReportSchemaKit.Layout;
using ReportSchemaKit.Parsing.Matching;
using ReportSchemaKit.Templates;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Benchmarks;

/// <summary>
/// The steps of one parse timed one by one, each on the previous step's output, so a regression in
/// the whole-report figure can be traced to the step that caused it.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private byte[] _input = [];
    private string _text = string.Empty;
    private LayoutKind _layout;
    private IReadOnlyList<SourceCell> _cells = [];
    private Token[] _tokens = [];
    private ReportTemplate _template = null!;
    private TemplateLabels _labels = null!;

    [Params("corpus:2023-jinshan-f2021-lines", "written:Html")]
    public string Input { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _input = Input.StartsWith("corpus:", System.StringComparison.Ordinal)
            ? BenchmarkInputs.Corpus(Input["corpus:".Length..])
            : BenchmarkInputs.Written(System.Enum.Parse<LayoutKind>(Input["written:".Length..]));
        _text = ReportTextDecoder.Decode(_input).Text;
        _layout = LayoutDetector.Detect(_text);
        _cells = LayoutReaders.For(_layout).Read(_text);
        _tokens = Tokenizer.Tokenize(_cells);
        _template = ReportTemplates.Catalog.Templates.Single(t => t.Version == "2021");
        _labels = TemplateLabels.For(_template);
    }

    [Benchmark(Description = "1 decode")]
    public int Decode() => ReportTextDecoder.Decode(_input).Text.Length;

    [Benchmark(Description = "2 detect layout")]
    public LayoutKind Detect() => LayoutDetector.Detect(_text);

    [Benchmark(Description = "3 read cells")]
    public int Read() => LayoutReaders.For(_layout).Read(_text).Count;

    [Benchmark(Description = "4 tokenize")]
    public int Tokenize() => Tokenizer.Tokenize(_cells).Length;

    [Benchmark(Description = "5 title and signatures")]
    public int Signatures() => (TitleFinder.Find(_tokens).Year ?? 0) + SignatureCounter.Count(_tokens, _labels);

    [Benchmark(Description = "6 match one version")]
    public int Match() => ReportMatcher.Match(_tokens, _template).CellsBound;

    [Benchmark(Description = "7 whole parse")]
    public object? Whole() => ReportTemplates.Parse(_input).Report;
}

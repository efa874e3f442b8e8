using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ReportSchemaKit.GovInfo;
using ReportSchemaKit.Layout;
using ReportSchemaKit.Parsing;
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
    private System.ArraySegment<Token> _tokens;
    private ParseScratch _scratch = null!;
    private readonly List<SourceCell> _readInto = [];
    private ReportTemplate _template = null!;
    private TemplateLabels[] _everyVersion = [];
    private decimal?[] _values = [];

    [Params("corpus:2023-jinshan-f2021-lines", "corpus:2022-qiongxiang-f2021-tabs", "written:Html")]
    public string Input { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _input = BenchmarkInputs.Named(Input);
        _text = ReportTextDecoder.Decode(_input).Text;
        _layout = LayoutDetector.Detect(_text);
        _cells = LayoutReaders.For(_layout).Read(_text);
        _scratch = ParseScratch.Rent();
        _tokens = Tokenizer.Tokenize(_cells, _scratch);
        _template = ReportTemplates.Catalog.Templates.Single(t => t.Version == "2021");
        _everyVersion = ReportTemplates.Catalog.Templates.Select(TemplateLabels.For).ToArray();
        _values = ReportMatcher.Match(_tokens, _cells, _template, _scratch).Values;
    }

    [Benchmark(Description = "1 decode")]
    public int Decode() => ReportTextDecoder.Decode(_input).Text.Length;

    [Benchmark(Description = "2 detect layout")]
    public LayoutKind Detect() => LayoutDetector.Detect(_text);

    [Benchmark(Description = "3 read cells")]
    public int Read()
    {
        // As the parser reads: into a list kept from the previous report.
        _readInto.Clear();
        LayoutReaders.For(_layout).ReadInto(_text, _readInto);
        return _readInto.Count;
    }

    [Benchmark(Description = "4 tokenize")]
    public int Tokenize() => Tokenizer.Tokenize(_cells, _scratch).Count;

    [Benchmark(Description = "5 title and every version's signatures")]
    public int Signatures()
    {
        var hits = TitleFinder.Find(_tokens, _cells).Year ?? 0;
        foreach (var labels in _everyVersion)
        {
            hits += SignatureCounter.Count(_tokens, labels);
        }

        return hits;
    }

    [Benchmark(Description = "6 match one version")]
    public int Match() => ReportMatcher.Match(_tokens, _cells, _template, _scratch).CellsBound;

    [Benchmark(Description = "7 typed report from values")]
    public object FromValues() => GovInfo.V2021.GovInfoReport2021.FromValues(_values);

    [Benchmark(Description = "8 whole parse")]
    public object? Whole() => ReportTemplates.Parse(_input).Report;
}

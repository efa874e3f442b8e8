using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using ReportSchemaKit.GovInfo;

namespace ReportSchemaKit.Benchmarks;

/// <summary>Whole PDF and Word reports, from the file's bytes to the typed model: the hongze PDFs and test-made multi-page files.</summary>
[MemoryDiagnoser]
[Config(typeof(DocumentThroughputConfig))]
public class DocumentBenchmarks
{
    private byte[] _input = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = string.Empty;

    public static IEnumerable<string> Inputs() =>
        ["corpus:2023-hongze-f2021.pdf", "corpus:2024-hongze-f2021.pdf", "document:Pdf", "document:Docx"];

    [GlobalSetup]
    public void Setup() => _input = BenchmarkInputs.Named(Input);

    [Benchmark(Description = "ReportSchemaKit parse")]
    public object? Parse() => ReportTemplates.Parse(_input).Report;
}

/// <summary>Adds the MB/s, reports/s and pages/s columns.</summary>
public sealed class DocumentThroughputConfig : BenchmarkDotNet.Configs.ManualConfig
{
    public DocumentThroughputConfig() => AddColumn(ThroughputColumn.MegabytesPerSecond, ThroughputColumn.ReportsPerSecond, ThroughputColumn.PagesPerSecond);
}

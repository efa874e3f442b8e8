using System.Collections.Generic;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using ReportSchemaKit.GovInfo;
using ReportSchemaKit.Layout;

namespace ReportSchemaKit.Benchmarks;

/// <summary>Whole-report parsing — decode, read the layout, detect the version, match, build the model — per input.</summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ParseBenchmarks
{
    private byte[] _input = [];
    private string _html = string.Empty;

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = string.Empty;

    public static IEnumerable<string> Inputs() =>
    [
        "corpus:2023-jinshan-f2021-lines", "corpus:2022-qiongxiang-f2021-tabs", "corpus:2022-anpeng-f2021-pipes", "corpus:2020-puwei-f2019-lines",
        "written:Lines", "written:Tabs", "written:Pipes", "written:Html", "written:AlignedColumns", "written:TextGrid",
    ];

    [GlobalSetup]
    public void Setup()
    {
        _input = BenchmarkInputs.Named(Input);
        _html = System.Text.Encoding.UTF8.GetString(_input);
    }

    [Benchmark(Description = "ReportSchemaKit parse")]
    public object? Parse() => ReportTemplates.Parse(_input).Report;

    /// <summary>AngleSharp's own parse and td query of the same page: the floor an HTML reader stands on.</summary>
    [Benchmark(Description = "AngleSharp parse + td query")]
    public int AngleSharpOnly()
    {
        if (!Input.EndsWith("Html", System.StringComparison.Ordinal))
        {
            return 0;
        }

        var document = new HtmlParser().ParseDocument(_html);
        return document.QuerySelectorAll("td").Length;
    }
}

/// <summary>Adds the MB/s and reports/s columns.</summary>
public sealed class ThroughputConfig : BenchmarkDotNet.Configs.ManualConfig
{
    public ThroughputConfig() => AddColumn(ThroughputColumn.MegabytesPerSecond, ThroughputColumn.ReportsPerSecond);
}

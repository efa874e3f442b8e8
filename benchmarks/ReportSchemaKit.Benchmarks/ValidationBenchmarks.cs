using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using ReportSchemaKit.Benchmarks.Extraction;
using ReportSchemaKit.GovInfo;
using ReportSchemaKit.Parsing;
using ReportSchemaKit.Validation;

namespace ReportSchemaKit.Benchmarks;

/// <summary>
/// Checking a parsed report's rules, and reading every cell through GetValue (the validator's per-cell rules and
/// the renderers do): a real report with a few broken rules, and a random one (the extraction benchmark's) with
/// blanks and broken rules everywhere.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private ReportParseResult _result = null!;

    [Params("corpus:2023-jinshan-f2021-lines", "random:1")]
    public string Input { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var bytes = Input.StartsWith("random:", System.StringComparison.Ordinal)
            ? RandomReports.Write(int.Parse(Input["random:".Length..], System.Globalization.CultureInfo.InvariantCulture)).Content
            : BenchmarkInputs.Named(Input);
        _result = ReportTemplates.Parse(bytes);
        if (_result.Report is null)
        {
            throw new System.InvalidOperationException(Input + " holds no report");
        }
    }

    [Benchmark(Description = "validate")]
    public int Validate() => _result.Validate().Findings.Count;

    [Benchmark(Description = "GetValue, every cell")]
    public decimal GetEveryValue()
    {
        var report = _result.Report!;
        decimal sum = 0;
        for (var ordinal = 0; ordinal < report.Template.Cells.Count; ordinal++)
        {
            sum += report.GetValue(ordinal) ?? 0;
        }

        return sum;
    }
}

using System;
using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ReportSchemaKit.Benchmarks;

/// <summary>
/// MB/s and reports/s beside BenchmarkDotNet's mean, computed from the size of the benchmark's input,
/// so the figures the parsing targets are stated in come out of the run itself.
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    private static readonly ConcurrentDictionary<string, int> Sizes = new(StringComparer.Ordinal);

    private readonly bool _megabytes;

    private ThroughputColumn(bool megabytes) => _megabytes = megabytes;

    public static IColumn MegabytesPerSecond { get; } = new ThroughputColumn(megabytes: true);

    public static IColumn ReportsPerSecond { get; } = new ThroughputColumn(megabytes: false);

    public string Id => ColumnName;

    public string ColumnName => _megabytes ? "MB/s" : "Reports/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => _megabytes ? 0 : 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => _megabytes ? "Input bytes parsed per second, in millions" : "Whole reports parsed per second";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (mean is not > 0 || benchmarkCase.Parameters["Input"] is not string input)
        {
            return "-";
        }

        var perSecond = 1e9 / mean.Value;
        var value = _megabytes ? perSecond * Sizes.GetOrAdd(input, SizeOf) / 1e6 : perSecond;
        return value.ToString(_megabytes ? "F1" : "F0", CultureInfo.InvariantCulture);
    }

    /// <summary>The byte size of a benchmark input named as in <see cref="ParseBenchmarks.Inputs"/>.</summary>
    private static int SizeOf(string input) => BenchmarkInputs.Named(input).Length;
}

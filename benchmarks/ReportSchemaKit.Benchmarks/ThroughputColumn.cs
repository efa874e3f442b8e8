using System;
using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ReportSchemaKit.Benchmarks;

/// <summary>
/// MB/s, reports/s and pages/s beside BenchmarkDotNet's mean, computed from the size of the benchmark's input,
/// so the figures the parsing targets are stated in come out of the run itself.
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    private readonly ConcurrentDictionary<string, double> _amounts = new(StringComparer.Ordinal);
    private readonly Func<string, double> _amountOf;
    private readonly string _format;

    private ThroughputColumn(string name, string legend, Func<string, double> amountOf, string format, int priority)
    {
        ColumnName = name;
        Legend = legend;
        _amountOf = amountOf;
        _format = format;
        PriorityInCategory = priority;
    }

    public static IColumn MegabytesPerSecond { get; } = new ThroughputColumn(
        "MB/s", "Input bytes parsed per second, in millions", input => BenchmarkInputs.Named(input).Length / 1e6, "F1", 0);

    public static IColumn ReportsPerSecond { get; } = new ThroughputColumn("Reports/s", "Whole reports parsed per second", _ => 1, "F0", 1);

    public static IColumn PagesPerSecond { get; } = new ThroughputColumn(
        "Pages/s", "Printed pages parsed per second (a Word file counts the pages of the same report printed to PDF)", DocumentInputs.PagesOf, "F0", 2);

    public string Id => ColumnName;

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory { get; }

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend { get; }

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
        return (perSecond * _amounts.GetOrAdd(input, _amountOf)).ToString(_format, CultureInfo.InvariantCulture);
    }
}

using System;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ReportSchemaKit.Benchmarks;

/// <summary>
/// Mean time and allocation divided by the input's size (the benchmark's <c>Family</c> and <c>Bytes</c>
/// parameters): flat down a family's rows means linear in the input.
/// </summary>
public sealed class PerByteColumn : IColumn
{
    private readonly bool _time;

    private PerByteColumn(bool time) => _time = time;

    public static IColumn NanosecondsPerByte { get; } = new PerByteColumn(time: true);

    public static IColumn AllocatedPerByte { get; } = new PerByteColumn(time: false);

    public string Id => ColumnName;

    public string ColumnName => _time ? "ns/byte" : "alloc B/byte";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => _time ? 0 : 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => _time ? "Mean time per input byte" : "Bytes allocated per input byte";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics
            || benchmarkCase.Parameters["Family"] is not string family
            || benchmarkCase.Parameters["Bytes"] is not int bytes)
        {
            return "-";
        }

        // The real length, not the requested one: a pattern may overshoot it.
        double length = HostileInputs.Create(family, bytes).Length;
        double value = _time ? statistics.Mean / length : report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) / length ?? 0;
        return value.ToString("F2", CultureInfo.InvariantCulture);
    }
}

/// <summary>Adds the per-byte columns.</summary>
public sealed class PerByteConfig : ManualConfig
{
    public PerByteConfig() => AddColumn(PerByteColumn.NanosecondsPerByte, PerByteColumn.AllocatedPerByte);
}

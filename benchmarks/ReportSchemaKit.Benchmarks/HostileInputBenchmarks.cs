using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using ReportSchemaKit.GovInfo;

namespace ReportSchemaKit.Benchmarks;

/// <summary>
/// Hostile inputs at 256 KB, 1 MB and 4 MB: the ns/byte and allocated bytes/byte columns stay flat
/// when time and memory grow linearly with the input (the check issue 8 asks for, as a benchmark).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
[Config(typeof(PerByteConfig))]
public class HostileInputBenchmarks
{
    private byte[] _input = [];

    [ParamsSource(nameof(Families))]
    public string Family { get; set; } = string.Empty;

    [Params(256 * 1024, 1024 * 1024, 4 * 1024 * 1024)]
    public int Bytes { get; set; }

    public static IEnumerable<string> Families() => HostileInputs.Families;

    [GlobalSetup]
    public void Setup() => _input = HostileInputs.Create(Family, Bytes);

    [Benchmark(Description = "parse hostile input")]
    public int Parse() => ReportTemplates.Parse(_input).Diagnostics.Count;
}

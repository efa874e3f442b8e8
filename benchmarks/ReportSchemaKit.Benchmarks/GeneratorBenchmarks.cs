using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace ReportSchemaKit.Benchmarks;

/// <summary>
/// The generator over both official templates in a process that has run it before (templates
/// parsed, code jitted): what an IDE pays on each edit.
/// </summary>
[MemoryDiagnoser]
public class GeneratorWarmBenchmarks
{
    private GeneratorRun _run = null!;

    [GlobalSetup]
    public void Setup() => _run = new GeneratorRun();

    [Benchmark(Description = "generator, warm")]
    public int Warm() => _run.Run();
}

/// <summary>The generator's first run in a fresh process: what a command-line build pays.</summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1, id: "Cold")]
public class GeneratorColdBenchmarks
{
    private GeneratorRun _run = null!;

    [GlobalSetup]
    public void Setup() => _run = new GeneratorRun();

    [Benchmark(Description = "generator, cold")]
    public int Cold() => _run.Run();
}

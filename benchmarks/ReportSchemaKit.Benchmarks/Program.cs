using BenchmarkDotNet.Running;

namespace ReportSchemaKit.Benchmarks;

/// <summary>Runs the benchmarks BenchmarkDotNet's switcher selects (for example --filter '*Parse*').</summary>
internal static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}

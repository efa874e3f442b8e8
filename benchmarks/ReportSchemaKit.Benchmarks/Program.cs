using BenchmarkDotNet.Running;
using ReportSchemaKit.Benchmarks.Extraction;

namespace ReportSchemaKit.Benchmarks;

/// <summary>
/// <c>extract-scale [--count N]</c> runs the extraction benchmark (see <see cref="ExtractScale"/>); <c>renderings</c>
/// prints the renderings' scoreboard (see <see cref="RenderingsScoreboard"/>); anything else goes to BenchmarkDotNet's
/// switcher (for example --filter '*Parse*').
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "extract-scale")
        {
            return ExtractScale.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "renderings")
        {
            return RenderingsScoreboard.Run(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}

using System;
using System.IO;
using ReportSchemaKit.GovInfo.Tests.Renderings;

namespace ReportSchemaKit.Benchmarks;

/// <summary>
/// <c>renderings [--files] [--cells]</c>: parses every committed rendering (tests/ReportSchemaKit.GovInfo.Tests/Renderings)
/// and prints exact / missing / wrong cells per converter and in total, with the scoring RenderingsTests asserts on;
/// --files adds a row per rendering, --cells lists each rendering's wrong and missing cells.
/// </summary>
internal static class RenderingsScoreboard
{
    public static int Run(string[] args)
    {
        var testProject = Path.Combine(BenchmarkInputs.RepositoryRoot, "tests", "ReportSchemaKit.GovInfo.Tests");
        Console.Write(Scoreboard.Table(testProject, perFile: Array.IndexOf(args, "--files") >= 0));
        if (Array.IndexOf(args, "--cells") >= 0)
        {
            Console.Write(Environment.NewLine + Scoreboard.Cells(testProject));
        }

        return 0;
    }
}

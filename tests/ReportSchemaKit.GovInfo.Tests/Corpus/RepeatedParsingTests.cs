using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ReportSchemaKit.Parsing;
using ReportSchemaKit.Rendering;

namespace ReportSchemaKit.GovInfo.Tests.Corpus;

/// <summary>
/// The parser reuses its working lists from one report to the next on a thread: nothing of one report
/// may leak into the next, in any order, on any number of threads.
/// </summary>
public sealed class RepeatedParsingTests
{
    private static readonly string[] Names =
        ["2023-jinshan-f2021-lines", "2023-tuoli-f2021-lines", "2022-qiongxiang-f2021-tabs", "2022-anpeng-f2021-pipes", "2020-puwei-f2019-lines"];

    [Fact]
    public void Reports_parsed_one_after_another_in_any_order_or_in_parallel_give_the_same_results()
    {
        var inputs = Names.Select(n => File.ReadAllBytes(Path.Combine(SharedFiles.Directory, "corpus", n + ".txt"))).ToArray();
        var first = inputs.Select(Describe).ToArray();

        // Largest after smallest and back, so a longer earlier report's leftovers would show.
        var reversed = inputs.Reverse().Select(Describe).Reverse().ToArray();
        var parallel = new string[inputs.Length * 8];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Describe(inputs[i % inputs.Length]));

        Assert.Equal(first, reversed);
        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(first[i % inputs.Length], parallel[i]);
        }
    }

    private static string Describe(byte[] input)
    {
        var result = ReportParser.Parse(input, ReportTemplates.Catalog);
        return CellListing.Write(result.Report!) + string.Join('\n', result.Diagnostics) + string.Join('\n', result.Narrative.Select(c => c.Position + c.Text))
            + string.Join('\n', result.Cells.Select(c => c.ToString()));
    }
}

using System;
using System.IO;
using System.Linq;
using System.Text;
using ReportSchemaKit.Cli.Tests.Infrastructure;

namespace ReportSchemaKit.Cli.Tests;

/// <summary>
/// Inputs built to hurt (the parser's own hostile-input tests hold them in process; here the whole tool meets
/// them): each command answers with a result or exit code 2, names the file, and never prints a stack trace.
/// </summary>
public sealed class HostileInputTests
{
    [Fact]
    public void Parse_validate_and_extract_answer_every_hostile_input_without_a_stack_trace()
    {
        using var folder = new TempFolder();
        var files = WriteHostileInputs(folder);

        foreach (var command in new[] { "parse", "validate" })
        {
            var run = Reportkit.Run(TimeSpan.FromMinutes(5), [command, .. files]);

            Assert.True(run.ExitCode is 0 or 1 or 2, $"{command}: {run.ExitCode}");
            Assert.False(run.HasStackTrace, $"{command}: {run}");
            Assert.All(files, file => Assert.Contains(file, run.Output + run.Error, StringComparison.Ordinal));
        }

        var extract = Reportkit.Run(TimeSpan.FromMinutes(5), "extract", folder.File("in"), "--db", folder.File("hostile.duckdb"), "--no-progress");

        Assert.True(extract.ExitCode == 0, extract.ToString());
        Assert.False(extract.HasStackTrace, extract.ToString());
        using var store = new Store(folder.File("hostile.duckdb"));
        Assert.Equal(files.Length, store.Scalar("SELECT count(*) FROM reports"));
    }

    private static string[] WriteHostileInputs(TempFolder folder)
    {
        var jinshan = File.ReadAllText(Corpus.PathOf("2023-jinshan-f2021-lines.txt"));
        var cut = jinshan.IndexOf("(一)予以公开", StringComparison.Ordinal);
        Assert.True(cut > 0, "the jinshan report no longer holds (一)予以公开");
        var random = new Random(8);
        var files = new[]
        {
            folder.Write("in/one-30mb-line.txt", Encoding.UTF8.GetBytes(new string('数', 10_000_000))),
            folder.Write("in/nested-100000.html", Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<table><tr><td><div>", 100_000)))),
            folder.Write("in/200000-values-under-one-label.txt", Encoding.UTF8.GetBytes(jinshan[..cut] + "(一)予以公开\n" + string.Concat(Enumerable.Repeat("12\n", 200_000)))),
            folder.Write("in/random-1mb.txt", BadInputTests.RandomBytes(1 << 20, seed: 3)),
            folder.Write("in/damaged-utf8.txt", Damage(Encoding.UTF8.GetBytes(jinshan), random, every: 997)),
        }.ToList();
        for (var i = 0; i < 10; i++)
        {
            files.Add(folder.Write($"in/mutated-{i}.txt", Damage(Encoding.UTF8.GetBytes(jinshan), random, every: 50 + (i * 37))));
        }

        return [.. files];
    }

    /// <summary>The bytes with one in every <paramref name="every"/> replaced by a random byte.</summary>
    private static byte[] Damage(byte[] bytes, Random random, int every)
    {
        for (var i = random.Next(every); i < bytes.Length; i += every)
        {
            bytes[i] = (byte)random.Next(256);
        }

        return bytes;
    }
}

using System;
using System.IO;
using System.Linq;
using System.Text;
using ReportSchemaKit.Cli.Tests.Infrastructure;

namespace ReportSchemaKit.Cli.Tests;

/// <summary>Inputs and outputs that cannot work: exit code 2, a message naming the file, never a stack trace.</summary>
public sealed class BadInputTests
{
    public static TheoryData<string, byte[]> Unreadable => new()
    {
        { "empty.txt", [] },
        { "random.bin", RandomBytes(4096, seed: 1) },
        { "prose-only.txt", Encoding.UTF8.GetBytes("本机关2023年政府信息公开工作情况如下。\n无统计表格。\n") },
        { "cut.pdf", File.ReadAllBytes(Corpus.PathOf("2023-hongze-f2021.pdf"))[..5000] },
        { "not-a-docx.docx", Encoding.ASCII.GetBytes("PK\u0003\u0004 not really a zip") },
        { "html-without-tables.html", Encoding.UTF8.GetBytes("<html><body><p>政府信息公开</p></body></html>") },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void Parse_and_validate_answer_2_and_name_the_file(string name, byte[] content)
    {
        using var folder = new TempFolder();
        var path = folder.Write(name, content);

        foreach (var command in new[] { "parse", "validate" })
        {
            var run = Reportkit.Run(command, path);

            Assert.True(run.ExitCode == 2, $"{command} {name}: {run}");
            Assert.Contains(path, run.Output + run.Error, StringComparison.Ordinal);
            Assert.False(run.HasStackTrace, run.ToString());
        }
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var run = Reportkit.Run("validate", "/no/such/report.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("/no/such/report.txt", run.Error, StringComparison.Ordinal);
        Assert.False(run.HasStackTrace, run.ToString());
    }

    [Theory]
    [InlineData("parse", "--format", "xml")]
    [InlineData("render", "--to", "pdf")]
    [InlineData("diff", "2019", "1999")]
    [InlineData("frobnicate")]
    public void A_wrong_command_line_answers_2_without_a_stack_trace(params string[] arguments)
    {
        var args = arguments.Length > 1 && arguments[0] is "parse" or "render"
            ? [arguments[0], Corpus.PathOf("2023-jinshan-f2021-lines.txt"), .. arguments[1..]]
            : arguments;

        var run = Reportkit.Run(args);

        Assert.True(run.ExitCode == 2 || (run.ExitCode == 1 && arguments[0] == "frobnicate"), run.ToString());
        Assert.False(run.HasStackTrace, run.ToString());
        Assert.NotEqual(string.Empty, run.Error.Trim());
    }

    [Theory]
    [InlineData("/proc/reportkit-test.md")] // a read-only file system, even for root
    [InlineData("/dev/full")] // a device with no space left
    public void Render_to_an_unwritable_place_answers_2_and_says_why(string target)
    {
        var run = Reportkit.Run("render", Corpus.PathOf("2023-jinshan-f2021-lines.txt"), "--to", "md", "-o", target);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(target, run.Error, StringComparison.Ordinal);
        Assert.False(run.HasStackTrace, run.ToString());
    }

    internal static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}

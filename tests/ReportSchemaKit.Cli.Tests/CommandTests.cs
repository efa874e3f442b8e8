using System;
using System.IO;
using System.Linq;
using ReportSchemaKit.Cli.Tests.Infrastructure;
using ReportSchemaKit.GovInfo;
using ReportSchemaKit.Validation;

namespace ReportSchemaKit.Cli.Tests;

/// <summary>The real reportkit, run as a child process over the corpus: what it prints and the exit codes it returns.</summary>
public sealed class CommandTests
{
    [Theory]
    [InlineData("parse")]
    [InlineData("validate")]
    [InlineData("render")]
    [InlineData("extract")]
    [InlineData("docs")]
    [InlineData("diff")]
    [InlineData("schemas")]
    public void Every_command_has_help(string command)
    {
        var run = Reportkit.Run(command, "--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
        Assert.Contains("reportkit " + command, run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Corpus.Names), MemberType = typeof(Corpus))]
    public void Parse_prints_every_cell_the_library_reads(string name)
    {
        var path = Corpus.PathOf(name);
        var expected = ReportTemplates.Parse(File.ReadAllBytes(path));
        var report = Assert.IsAssignableFrom<Reports.IReport>(expected.Report);

        var run = Reportkit.Run("parse", path, "--format", "cells");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(report.Template.Cells.Count, lines.Length);
        foreach (var cell in report.Template.Cells)
        {
            var value = report.GetValue(cell.Ordinal)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
            Assert.Equal(cell.Key + "\t" + value, lines[cell.Ordinal]);
        }
    }

    [Fact]
    public void Parse_heads_each_of_several_files_with_its_name()
    {
        var run = Reportkit.Run(["parse", .. Corpus.Files, "--format", "cells"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var headers = run.Output.Split('\n').Where(l => l.StartsWith("# ", StringComparison.Ordinal)).ToList();
        Assert.Equal(Corpus.Files.Select(f => "# " + f), headers);
    }

    [Theory]
    [MemberData(nameof(Corpus.Names), MemberType = typeof(Corpus))]
    public void Validate_exits_1_exactly_when_a_rule_fails_or_the_prose_contradicts_a_table(string name)
    {
        var path = Corpus.PathOf(name);
        var parsed = ReportTemplates.Parse(File.ReadAllBytes(path));
        var findings = parsed.Validate().Findings.Any(f => f.Outcome == FindingOutcome.Failed) || parsed.CheckClaims().HasContradictions;

        var run = Reportkit.Run("validate", path);

        Assert.True(run.ExitCode == (findings ? 1 : 0), run.ToString());
        Assert.False(run.HasStackTrace, run.ToString());
    }

    [Theory]
    [InlineData("md", "|")]
    [InlineData("html", "<table")]
    [InlineData("csv", "Requests.NewReceived.Total")]
    [InlineData("json", "\"Requests\"")]
    [InlineData("text", "本年新收政府信息公开申请数量")]
    public void Render_writes_each_format_to_a_file(string format, string expected)
    {
        using var folder = new TempFolder();
        var target = folder.File("out." + format);

        var run = Reportkit.Run("render", Corpus.PathOf("2023-jinshan-f2021-lines.txt"), "--to", format, "-o", target);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(expected, File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public void Schemas_lists_both_versions_with_their_years()
    {
        var run = Reportkit.Run("schemas");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("2019", run.Output, StringComparison.Ordinal);
        Assert.Contains("2021", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_names_the_procurement_table_2021_dropped()
    {
        var run = Reportkit.Run("diff", "2019", "2021");

        Assert.True(run.ExitCode == 0, run.ToString());
        // 第二十条第（九）项 is the 2019 format's 政府集中采购 table (采购项目数量, 采购总金额).
        Assert.Contains("| removed | `Art20Item9` | 第二十条第（九）项 |", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Docs_writes_a_page_per_version()
    {
        using var folder = new TempFolder();

        var run = Reportkit.Run("docs", "--out", folder.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(folder.Path, "gov-info-disclosure-2019.md")), run.ToString());
        Assert.True(File.Exists(Path.Combine(folder.Path, "gov-info-disclosure-2021.md")), run.ToString());
    }
}

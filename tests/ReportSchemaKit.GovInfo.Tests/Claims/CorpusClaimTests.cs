using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportSchemaKit.Parsing;
using ReportSchemaKit.Validation;

namespace ReportSchemaKit.GovInfo.Tests.Claims;

/// <summary>
/// The claim checker against what each corpus report's prose really says, read by hand and written
/// down in Claims/Expected/corpus-claims.tsv: every claim of every report, stated or not.
/// </summary>
public sealed class CorpusClaimTests
{
    private static readonly string DataFile = Path.Combine(AppContext.BaseDirectory, "Claims", "Expected", "corpus-claims.tsv");

    public static TheoryData<string> Sources => new(Rows().Select(r => r.Source).Distinct());

    [Theory]
    [MemberData(nameof(Sources))]
    public void The_checker_reports_what_the_data_file_says_for_every_claim(string source)
    {
        var result = Parse(source).CheckClaims();

        var rows = Rows().Where(r => r.Source == source).ToList();
        Assert.Equal(result.Claims.Select(c => c.ClaimId).Order(), rows.Select(r => r.Claim).Order());
        foreach (var row in rows)
        {
            var finding = result[row.Claim];
            var actual = finding.Outcome == ClaimOutcome.NotStated
                ? "not-stated"
                : finding.Outcome.ToString().ToLowerInvariant() + " " + string.Join(",", finding.Mentions.Select(m => m.Number).Distinct());
            Assert.True(row.CheckerGives == actual, $"{source} {row.Claim}: expected '{row.CheckerGives}', got '{actual}'{Environment.NewLine}{finding}");
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void No_corpus_report_contradicts_its_tables(string source)
    {
        var result = Parse(source).CheckClaims();

        Assert.False(result.HasContradictions, result.ToString());
        Assert.Empty(result.Uncertain);
    }

    [Fact]
    public void Where_the_checker_and_the_text_disagree_the_data_file_says_why()
    {
        var gaps = Rows().Where(r => r.TextSays != (r.CheckerGives == "not-stated" ? "not-stated" : r.CheckerGives.Split(' ')[1])).ToList();

        // One known gap, read from the PDF and from its pdftotext text alike: the 2024 Hongze statement wraps
        // across two lines, and a claim never binds across a line break.
        Assert.Equal(
            [("pdf/2024-hongze-f2021", "requests.new-received"), ("pdftext/2024-hongze-f2021", "requests.new-received")],
            gaps.Select(g => (g.Source, g.Claim)).Order());
        Assert.All(gaps, gap => Assert.Contains("wraps across two lines", gap.Evidence, StringComparison.Ordinal));
    }

    [Fact]
    public void A_stated_claim_carries_its_sentence_and_the_position_of_its_statement()
    {
        var parsed = Parse("corpus/2023-jinshan-f2021-lines");

        var mention = parsed.CheckClaims()["requests.new-received"].Mentions.Single();

        Assert.Equal("受理依申请公开1件", mention.Statement);
        Assert.Equal("2023年我镇受理依申请公开1件。", mention.Sentence);
        Assert.Equal(new Text.SourcePosition(20, 59), mention.Position);
        var line = File.ReadAllLines(Path.Combine(SharedFiles.Directory, "corpus", "2023-jinshan-f2021-lines.txt"))[19];
        Assert.StartsWith("受理依申请公开1件", line[58..], StringComparison.Ordinal);
    }

    private static ReportParseResult Parse(string source)
    {
        var (kind, name) = (source[..source.IndexOf('/', StringComparison.Ordinal)], source[(source.IndexOf('/', StringComparison.Ordinal) + 1)..]);
        var path = kind switch
        {
            "corpus" => Path.Combine(SharedFiles.Directory, "corpus", name + ".txt"),
            "pdftext" => Path.Combine(AppContext.BaseDirectory, "Corpus", "PdfText", name + ".pdftotext-layout.txt"),
            "pdf" => Path.Combine(SharedFiles.Directory, "corpus", name + ".pdf"),
            _ => throw new InvalidDataException($"{DataFile}: unknown source kind '{kind}' in '{source}'; expected corpus/, pdf/ or pdftext/"),
        };
        var result = ReportParser.Parse(File.ReadAllBytes(path), ReportTemplates.Catalog);
        Assert.True(result.HasReport, string.Join(Environment.NewLine, result.Diagnostics));
        return result;
    }

    private static IEnumerable<(string Source, string Claim, string TextSays, string CheckerGives, string Evidence)> Rows()
    {
        var lines = File.ReadAllLines(DataFile);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }

            var fields = lines[i].Split('\t');
            if (fields.Length != 5)
            {
                throw new InvalidDataException($"{DataFile}({i + 1}): expected 5 tab-separated fields (source, claim, text says, checker gives, evidence); found {fields.Length}");
            }

            yield return (fields[0], fields[1], fields[2], fields[3], fields[4]);
        }
    }
}

using System;
using System.Linq;
using AngleSharp.Html.Parser;
using ReportSchemaKit.Rendering;
using ReportSchemaKit.Validation;

namespace ReportSchemaKit.GovInfo.Tests.Rendering;

/// <summary>
/// What the prose states against the tables reaches the reader of every layout: the different and uncertain
/// claims listed after the rule findings, the cells of a different one marked on the HTML page.
/// </summary>
public sealed class ClaimRenderingTests
{
    private const string JinshanClaimLine =
        "叙述不符 different requests.new-received 本年新收政府信息公开申请: 「受理依申请公开3件」 @20:59 states 3; the table has 1, difference 2 "
        + "(Requests.NewReceived.Total=1 @138:1) — 2023年我镇受理依申请公开3件。";

    [Fact]
    public void Options_from_a_parse_result_carry_every_claim_of_the_template()
    {
        var (parsed, options) = RenderFixtures.JinshanStatingThree();

        Assert.Equal(parsed.Report!.Template.Claims.Select(c => c.Id), options.Claims.Select(c => c.ClaimId));
        Assert.Equal(ClaimOutcome.Different, options.Claims.Single(c => c.ClaimId == "requests.new-received").Outcome);
    }

    [Fact]
    public void The_html_page_marks_the_cell_of_the_contradicted_claim_and_lists_the_statement_after_the_findings()
    {
        var (parsed, options) = RenderFixtures.JinshanStatingThree();

        using var page = new HtmlParser().ParseDocument(HtmlRenderer.Render(parsed.Report!, options));

        var marked = page.QuerySelectorAll("td.rsk-claim");
        var cell = Assert.Single(marked);
        Assert.Equal("Requests.NewReceived.Total", cell.GetAttribute("data-key"));
        Assert.Equal("requests.new-received", cell.GetAttribute("data-claims"));
        Assert.Contains("「受理依申请公开3件」 states 3; the table has 1, difference 2", cell.GetAttribute("title"), StringComparison.Ordinal);
        Assert.DoesNotContain("rsk-finding", cell.ClassList);
        Assert.Equal(JinshanClaimLine, Assert.Single(page.QuerySelectorAll(".rsk-claims li.rsk-claim-different")).TextContent);
        Assert.Equal(2, page.QuerySelectorAll(".rsk-findings li").Length);
        var sections = page.QuerySelectorAll("main > section").Select(s => s.ClassName).ToList();
        Assert.Equal(["rsk-findings", "rsk-claims"], sections.TakeLast(2));
    }

    [Fact]
    public void A_cell_of_a_failed_rule_and_a_contradicted_claim_carries_both_in_its_classes_and_title()
    {
        var (parsed, options) = RenderFixtures.JinshanStatingThree();
        var claim = options.Claims.Single(c => c.ClaimId == "requests.new-received");
        var rule = options.Findings[0];
        var shared = new ClaimFinding
        {
            ClaimId = claim.ClaimId, LabelZh = claim.LabelZh, LabelEn = claim.LabelEn, Value = claim.Value, TableValue = claim.TableValue,
            Cells = [rule.Cells[0]], Mentions = claim.Mentions,
        };

        using var page = new HtmlParser().ParseDocument(HtmlRenderer.Render(parsed.Report!, options with { Claims = [shared] }));

        var cell = page.QuerySelector($"td[data-key='{rule.Cells[0].Key}']")!;
        Assert.Equal(["rsk-finding", "rsk-error", "rsk-claim"], cell.ClassList);
        Assert.Equal(rule.RuleId, cell.GetAttribute("data-rules"));
        Assert.Equal("requests.new-received", cell.GetAttribute("data-claims"));
        var title = cell.GetAttribute("title")!.Split('\n');
        Assert.Equal(2, title.Length);
        Assert.StartsWith(rule.RuleId, title[0], StringComparison.Ordinal);
        Assert.StartsWith("requests.new-received", title[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_and_text_list_the_contradicted_claim_after_the_rule_findings()
    {
        var (parsed, options) = RenderFixtures.JinshanStatingThree();

        var markdown = MarkdownRenderer.Render(parsed.Report!, options);
        var text = TextRenderer.Render(parsed.Report!, options);

        Assert.EndsWith("\n## 叙述与表格 Claims in the narrative\n\n- " + JinshanClaimLine + "\n", markdown, StringComparison.Ordinal);
        Assert.True(markdown.IndexOf("## 发现的问题 Findings", StringComparison.Ordinal) < markdown.IndexOf("## 叙述与表格", StringComparison.Ordinal));
        Assert.EndsWith("\n\n叙述与表格 Claims in the narrative\n\n" + JinshanClaimLine + "\n\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_and_not_stated_claims_show_nothing_and_an_uncertain_one_is_listed_without_marking_cells()
    {
        var (parsed, options) = RenderFixtures.JinshanWithFindings();
        Assert.Equal(ClaimOutcome.Equal, options.Claims.Single(c => c.ClaimId == "requests.new-received").Outcome);

        var quiet = HtmlRenderer.Render(parsed.Report!, options);
        Assert.DoesNotContain("rsk-claim", quiet[quiet.IndexOf("<body>", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.DoesNotContain("叙述与表格", MarkdownRenderer.Render(parsed.Report!, options), StringComparison.Ordinal);

        // An approximate figure cannot be compared with confidence.
        var uncertain = ClaimChecker.Check(parsed.Report!, "本年新收政府信息公开申请约3件。", reportYear: 2023);
        Assert.Equal(ClaimOutcome.Uncertain, uncertain["requests.new-received"].Outcome);
        using var page = new HtmlParser().ParseDocument(HtmlRenderer.Render(parsed.Report!, options with { Claims = uncertain.Claims }));
        Assert.Empty(page.QuerySelectorAll("td.rsk-claim"));
        Assert.StartsWith("叙述存疑 uncertain requests.new-received", Assert.Single(page.QuerySelectorAll(".rsk-claims li.rsk-claim-uncertain")).TextContent, StringComparison.Ordinal);
    }
}

using System.Linq;
using ReportSchemaKit.GovInfo.Tests.Validation;
using ReportSchemaKit.Validation;

namespace ReportSchemaKit.GovInfo.Tests.Claims;

/// <summary>
/// Crafted sentences against one 2021 report whose figures are chosen apart: each sentence states
/// exactly the claims listed (outcome and figure) and no other — near misses state nothing.
/// </summary>
public sealed class CraftedSentenceTests
{
    /// <summary>
    /// New 7 (natural persons 4, companies 3), carried over 2 (natural persons), disclosed 5, partially 1, withheld 1,
    /// carried forward 0, reviews 3 (upheld 2, pending 1), lawsuits 1 direct + 1 after review.
    /// </summary>
    internal static readonly IClaimReport Report = (IClaimReport)ValidationFixtures.Zeros(
        "2021",
        ("Requests.NewReceived.NaturalPerson", 4), ("Requests.NewReceived.Commercial", 3), ("Requests.NewReceived.Total", 7),
        ("Requests.CarriedOver.NaturalPerson", 2), ("Requests.CarriedOver.Total", 2),
        ("Requests.Disclosed.NaturalPerson", 5), ("Requests.Disclosed.Total", 5),
        ("Requests.PartiallyDisclosed.Commercial", 1), ("Requests.PartiallyDisclosed.Total", 1),
        ("Requests.WithheldThirdPartyRights.NaturalPerson", 1), ("Requests.WithheldThirdPartyRights.Total", 1),
        ("ReviewLitigation.Review.Upheld", 2), ("ReviewLitigation.Review.Pending", 1), ("ReviewLitigation.Review.Total", 3),
        ("ReviewLitigation.DirectLitigation.Upheld", 1), ("ReviewLitigation.DirectLitigation.Total", 1),
        ("ReviewLitigation.LitigationAfterReview.Corrected", 1), ("ReviewLitigation.LitigationAfterReview.Total", 1));

    [Theory]
    // Stated and equal, through the phrasing variants and connecting words.
    [InlineData("本年新收政府信息公开申请7件。", "requests.new-received=equal:7")]
    [InlineData("本年度新收到政府信息公开申请数量为7件。", "requests.new-received=equal:7")]
    [InlineData("本年新收政府信息公开申请共计 7 件，均已按时办结。", "requests.new-received=equal:7")]
    [InlineData("共收到政府信息公开申请9件，其中本年新收7件，上年结转2件。", "requests.received-total=equal:9 requests.new-received=equal:7 requests.carried-over=equal:2")]
    [InlineData("上年结转2件、本年新收7件。", "requests.carried-over=equal:2 requests.new-received=equal:7")]
    [InlineData("新收政府信息公开申请七件。", "requests.new-received=equal:7")]
    [InlineData("行政复议3件，行政诉讼2件。", "review.total=equal:3 litigation.total=equal:2")]
    [InlineData("予以公开5件，部分予以公开1件，不予公开1件。", "requests.disclosed=equal:5 requests.partially-disclosed=equal:1 requests.withheld=equal:1")]
    [InlineData("结转下年度继续办理0件。", "requests.carried-forward=equal:0")]
    [InlineData("2023年新收政府信息公开申请7件。", "requests.new-received=equal:7")]
    [InlineData("新收政府信息公开申请7件，同比增长3件。", "requests.new-received=equal:7")]
    // Stated and different.
    [InlineData("本年新收政府信息公开申请8件。", "requests.new-received=different:8")]
    [InlineData("新收政府信息公开申请1,234件。", "requests.new-received=different:1234")]
    [InlineData("新收政府信息公开申请１，２３４件。", "requests.new-received=different:1234")]
    [InlineData("新收政府信息公开申请十二件。", "requests.new-received=different:12")]
    [InlineData("2023年，未收到政府信息公开申请。", "requests.new-received=different:0")]
    [InlineData("无政府信息公开行政复议、行政诉讼情况。", "review.total=different:0 litigation.total=different:0")]
    [InlineData("新收政府信息公开申请0件。", "requests.new-received=different:0")]
    // Stated, but the figure may mean something else: uncertain, not different.
    [InlineData("本年新收政府信息公开申请4件。", "requests.new-received=uncertain:4")]
    [InlineData("共收到政府信息公开申请7件。", "requests.received-total=uncertain:7")]
    [InlineData("行政诉讼1件。", "litigation.total=uncertain:1")]
    [InlineData("予以公开7件。", "requests.disclosed=uncertain:7")]
    [InlineData("新收政府信息公开申请约7件。", "requests.new-received=uncertain:7")]
    [InlineData("新收政府信息公开申请108余件。", "requests.new-received=uncertain:108")]
    // Near misses: another concept sharing characters, another year, a rate, a date, no unit, a clause break.
    [InlineData("主动公开政府信息7条。", "")]
    [InlineData("依申请公开政府信息7条。", "")]
    [InlineData("主动予以公开信息20条。", "")]
    [InlineData("作出行政复议决定5件。", "")]
    [InlineData("行政复议、行政诉讼各1件。", "")]
    [InlineData("上年度新收政府信息公开申请9件。", "")]
    [InlineData("去年新收政府信息公开申请9件。", "")]
    [InlineData("比上年新收政府信息公开申请多9件。", "")]
    [InlineData("2022年新收政府信息公开申请9件。", "")]
    [InlineData("予以公开率达到95%。", "")]
    [InlineData("予以公开95%。", "")]
    [InlineData("新收政府信息公开申请同比增长3件。", "")]
    [InlineData("新收政府信息公开申请，其中自然人4件。", "")]
    [InlineData("新收政府信息公开申请7。", "")]
    [InlineData("收到7件政府信息公开申请。", "")]
    [InlineData("行政复议20个工作日内办结。", "")]
    [InlineData("行政复议2021年以来未有发生。", "")]
    [InlineData("新收政府信息公开申请7.5件。", "")]
    [InlineData("新收政府信息公开申请5至8件。", "")]
    [InlineData("新收政府信息公开申请5-8件。", "")]
    [InlineData("新收政府信息公开申请5～8件。", "")]
    [InlineData("新收政府信息公开申请5到8件。", "")]
    [InlineData("不予以公开1件。", "requests.withheld=equal:1")]
    [InlineData("部分予以公开1件。", "requests.partially-disclosed=equal:1")]
    [InlineData("上年结转2件，本年新收8件。", "requests.carried-over=equal:2 requests.new-received=different:8")]
    [InlineData("本年新收政府信息公开申请7件，上年新收政府信息公开申请9件。", "requests.new-received=equal:7")]
    public void The_sentence_states_exactly_the_listed_claims(string sentence, string expected) => AssertStates(sentence, expected);

    /// <summary>Checks the sentence against <see cref="Report"/>: it states exactly the claims listed (<c>claim=outcome:figure</c>, space-separated).</summary>
    internal static void AssertStates(string sentence, string expected)
    {
        var result = ClaimChecker.Check(Report, sentence, reportYear: 2023);

        var stated = result.Stated.Select(c => $"{c.ClaimId}={c.Outcome.ToString().ToLowerInvariant()}:{string.Join(",", c.Mentions.Select(m => m.Number))}");
        Assert.Equal(expected.Split(' ', System.StringSplitOptions.RemoveEmptyEntries).Order(), stated.Order());
    }

    [Fact]
    public void A_different_figure_comes_with_its_sentence_position_figure_cells_and_values()
    {
        var result = ClaimChecker.Check(Report, "一、总体情况\n  2023年，本机关本年新收政府信息公开申请8件，均已办结。", reportYear: 2023);

        var finding = result["requests.new-received"];
        Assert.Equal(ClaimOutcome.Different, finding.Outcome);
        Assert.Equal(7m, finding.TableValue);
        Assert.Equal("Requests.NewReceived.Total", Assert.Single(finding.Cells).Key);
        Assert.Equal(7m, finding.Cells[0].Value);
        var mention = Assert.Single(finding.Mentions);
        Assert.Equal("本年新收政府信息公开申请8件", mention.Statement);
        Assert.Equal("2023年，本机关本年新收政府信息公开申请8件，均已办结。", mention.Sentence);
        Assert.Equal(new Text.SourcePosition(2, 12), mention.Position);
        Assert.Equal(8m, mention.Number);
        Assert.Equal("the table has 7, difference 1", mention.Explanation);
        Assert.True(result.HasContradictions);
    }

    [Fact]
    public void An_uncertain_figure_says_which_reading_it_equals()
    {
        var mention = ClaimChecker.Check(Report, "本年新收政府信息公开申请4件。")["requests.new-received"].Mentions.Single();

        Assert.Equal(ClaimOutcome.Uncertain, mention.Outcome);
        Assert.Equal("the table has 7, but 4 is the NaturalPerson column (自然人) rather than Total; the sentence may mean that", mention.Explanation);
    }

    [Fact]
    public void A_figure_equal_to_a_neighbouring_claim_names_it()
    {
        var mention = ClaimChecker.Check(Report, "予以公开7件。")["requests.disclosed"].Mentions.Single();

        Assert.Equal(ClaimOutcome.Uncertain, mention.Outcome);
        Assert.Contains("neighbouring claim requests.new-received (本年新收政府信息公开申请)", mention.Explanation, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_cell_makes_a_stated_figure_uncertain()
    {
        var report = (IClaimReport)ValidationFixtures.Zeros("2021", ("Requests.NewReceived.Total", null));

        var mention = ClaimChecker.Check(report, "新收政府信息公开申请3件。")["requests.new-received"].Mentions.Single();

        Assert.Equal(ClaimOutcome.Uncertain, mention.Outcome);
        Assert.Equal("the table leaves Requests.NewReceived.Total blank, so the figure cannot be compared", mention.Explanation);
    }

    [Fact]
    public void Every_claim_is_reported_and_an_unstated_one_has_no_mentions()
    {
        var result = ClaimChecker.Check(Report, "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。");

        Assert.Equal(Report.Template.Claims.Select(c => c.Id), result.Claims.Select(c => c.ClaimId));
        Assert.All(result.Claims, c => Assert.Equal(ClaimOutcome.NotStated, c.Outcome));
        Assert.All(result.Claims, c => Assert.Empty(c.Mentions));
        Assert.False(result.HasContradictions);
    }
}

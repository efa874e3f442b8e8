using System.Linq;
using ReportSchemaKit.GovInfo.Tests.Validation;
using ReportSchemaKit.Validation;

namespace ReportSchemaKit.GovInfo.Tests.Claims;

/// <summary>
/// Sentences that mention a row's words without stating its figure (FORMATS.md, "Sentences that are not claims of
/// the figure they mention"), one theory per class, against <see cref="CraftedSentenceTests.Report"/>: a near miss
/// states nothing, or the sum it really states; the positives beside them are still read as claims.
/// </summary>
public sealed class NotAClaimSentenceTests
{
    /// <summary>Natural persons' new 40 and carried-over 12 make 52, which no other figure of the report equals.</summary>
    private static readonly IClaimReport CarryOverReport = (IClaimReport)ValidationFixtures.Zeros(
        "2021",
        ("Requests.NewReceived.NaturalPerson", 40), ("Requests.NewReceived.Commercial", 3), ("Requests.NewReceived.Total", 43),
        ("Requests.CarriedOver.NaturalPerson", 12), ("Requests.CarriedOver.Total", 12));

    [Theory]
    // Two rows joined as one subject: the sum claim, or nothing — never the last row alone.
    [InlineData("予以公开及部分公开6件。", "requests.disclosed-in-whole-or-part=equal:6")]
    [InlineData("予以公开和部分公开共计6件。", "requests.disclosed-in-whole-or-part=equal:6")]
    [InlineData("全部或部分公开6件。", "requests.disclosed-in-whole-or-part=equal:6")]
    [InlineData("予以公开、部分公开共6件。", "requests.disclosed-in-whole-or-part=equal:6")]
    [InlineData("予以公开及部分公开42件。", "requests.disclosed-in-whole-or-part=different:42")]
    [InlineData("部分公开及予以公开42件。", "")]
    [InlineData("不予公开和部分公开42件。", "")]
    [InlineData("无法提供及不予公开42件。", "")]
    [InlineData("行政复议、行政诉讼共42件。", "")]
    [InlineData("行政复议和行政诉讼42件。", "")]
    [InlineData("行政复议以及行政诉讼42件。", "")]
    [InlineData("新收及结转政府信息公开申请42件。", "")]
    [InlineData("新收和办结政府信息公开申请42件。", "")]
    [InlineData("主动予以公开及部分公开42件。", "")]
    [InlineData("予以公开（含部分公开）42件。", "")]
    // Still claims: a conjunction after a figure joins two statements; 及时 and 涉及 join nothing.
    [InlineData("予以公开5件，部分公开1件。", "requests.disclosed=equal:5 requests.partially-disclosed=equal:1")]
    [InlineData("予以公开5件和部分公开1件。", "requests.disclosed=equal:5 requests.partially-disclosed=equal:1")]
    [InlineData("上年结转2件及本年新收7件。", "requests.carried-over=equal:2 requests.new-received=equal:7")]
    [InlineData("及时予以公开5件。", "requests.disclosed=equal:5")]
    [InlineData("涉及行政复议3件。", "review.total=equal:3")]
    [InlineData("予以公开 5 件、部分公开 1 件。", "requests.disclosed=equal:5 requests.partially-disclosed=equal:1")]
    [InlineData("2023年，本机关共收到政府信息公开申请9件，其中本年新收7件、上年结转2件；予以公开5件，部分公开1件，不予公开1件；结转下年度继续办理0件。",
        "requests.received-total=equal:9 requests.new-received=equal:7 requests.carried-over=equal:2 requests.disclosed=equal:5 requests.partially-disclosed=equal:1 requests.withheld=equal:1 requests.carried-forward=equal:0")]
    [InlineData("予以公开五件、部分公开一件。", "requests.disclosed=equal:5 requests.partially-disclosed=equal:1")]
    public void A_compound_subject_states_a_sum_or_nothing(string sentence, string expected) =>
        CraftedSentenceTests.AssertStates(sentence, expected);

    [Theory]
    // No review or lawsuit ENDED in an outcome: nothing about how many there were.
    [InlineData("全年未发生因依申请公开被行政复议纠错的情况。", "")]
    [InlineData("未发生因政府信息公开被行政复议撤销的案件。", "")]
    [InlineData("未发生被纠错的行政复议案件。", "")]
    [InlineData("没有发生行政复议决定被撤销的情形。", "")]
    [InlineData("未发生行政复议决定被确认违法的情况。", "")]
    [InlineData("未发生因信息公开引发行政诉讼败诉的情况。", "")]
    [InlineData("无行政复议被纠错案件。", "")]
    [InlineData("无行政诉讼败诉案件。", "")]
    [InlineData("全年未发生行政复议、行政诉讼被纠正的情况。", "")]
    [InlineData("未发生因政府信息公开工作被行政复议或行政诉讼纠错的情况。", "")]
    [InlineData("因依申请公开被行政复议纠错0件。", "")]
    // The row's words only qualify another row, which is what is denied.
    [InlineData("未收到因依申请公开引发的行政复议申请。", "")]
    // Still zero statements: the row itself is denied (the table has 3 reviews and 2 lawsuits, so they differ).
    [InlineData("全年未发生政府信息公开行政复议。", "review.total=different:0")]
    [InlineData("未发生行政复议、行政诉讼案件。", "review.total=different:0 litigation.total=different:0")]
    [InlineData("无行政复议。", "review.total=different:0")]
    [InlineData("未收到依申请公开的申请。", "requests.new-received=different:0")]
    [InlineData("2023年，未收到政府信息公开申请，未发生被纠错的行政复议。", "requests.new-received=different:0")]
    [InlineData("全年共发生政府信息公开行政复议3件、行政诉讼2件，未发生被纠错的情况。", "review.total=equal:3 litigation.total=equal:2")]
    [InlineData("本年度未发生行政复议和行政诉讼。", "review.total=different:0 litigation.total=different:0")]
    public void A_denied_outcome_is_no_zero_statement_of_its_row(string sentence, string expected) =>
        CraftedSentenceTests.AssertStates(sentence, expected);

    [Theory]
    // A note adding the carry-over widens the figure: no claim of new applications (the carry-over it names still is).
    [InlineData("受理政府信息公开申请9件（含上年结转2件）。", "requests.carried-over=equal:2")]
    [InlineData("本年新收政府信息公开申请9件（含上年结转2件）。", "requests.carried-over=equal:2")]
    [InlineData("本年度受理政府信息公开申请9件(含上年结转)。", "")]
    [InlineData("受理政府信息公开申请9件包括上年结转的申请。", "")]
    // Without a note, a figure equal to a reading that includes the carry-over is uncertain, never different:
    // 6 is natural persons' new 4 plus carried-over 2.
    [InlineData("新收自然人申请6件。", "requests.new-received=uncertain:6")]
    [InlineData("新收政府信息公开申请9件。", "requests.new-received=uncertain:9")]
    [InlineData("新收政府信息公开申请9件，含上年结转2件。", "requests.new-received=uncertain:9 requests.carried-over=equal:2")]
    [InlineData("收到政府信息公开申请9件（其中上年结转2件）。", "requests.new-received=uncertain:9 requests.carried-over=equal:2")]
    [InlineData("新收自然人和法人申请9件。", "")]
    [InlineData("其中自然人申请6件。", "")]
    // Still claims: the claim's own scope includes the carry-over; a note naming no row; 其中 breaking the figure
    // down; a figure no reading explains.
    [InlineData("共收到政府信息公开申请9件（含上年结转2件）。", "requests.received-total=equal:9 requests.carried-over=equal:2")]
    [InlineData("本年新收政府信息公开申请7件（其中自然人4件）。", "requests.new-received=equal:7")]
    [InlineData("新收政府信息公开申请7件（其中予以公开5件）。", "requests.new-received=equal:7 requests.disclosed=equal:5")]
    [InlineData("新收自然人申请8件。", "requests.new-received=different:8")]
    public void A_figure_including_the_carry_over_is_no_claim_of_new_applications(string sentence, string expected) =>
        CraftedSentenceTests.AssertStates(sentence, expected);

    [Theory]
    // Items of information (条) and documents are not the applications and cases the claims count.
    [InlineData("全年制发公文类政府信息383条，其中主动公开54条、依申请公开316条、不予公开13条。", "")]
    [InlineData("予以公开54条。", "")]
    [InlineData("不予公开13条。", "")]
    [InlineData("部分公开政府信息2条，不予公开1条。", "")]
    [InlineData("行政复议3条。", "")]
    [InlineData("制发政策性文件11件，其中行政规范性文件8件。", "")]
    [InlineData("清理政策性文件11件。", "")]
    [InlineData("主动公开政府信息383条，依申请公开316条。", "")]
    // Still claims: counts of cases, in any unit that counts them.
    [InlineData("不予公开1件。", "requests.withheld=equal:1")]
    [InlineData("行政复议3起。", "review.total=equal:3")]
    [InlineData("行政诉讼2例。", "litigation.total=equal:2")]
    [InlineData("全年制发公文类政府信息383条；受理政府信息公开申请7件，不予公开1件。", "requests.new-received=equal:7 requests.withheld=equal:1")]
    public void A_figure_of_another_unit_or_scope_is_no_claim(string sentence, string expected) =>
        CraftedSentenceTests.AssertStates(sentence, expected);

    [Fact]
    public void A_column_counted_with_its_carry_over_is_uncertain_and_named()
    {
        var mention = ClaimChecker.Check(CarryOverReport, "新收自然人申请52件。")["requests.new-received"].Mentions.Single();

        Assert.Equal(ClaimOutcome.Uncertain, mention.Outcome);
        Assert.Equal(
            "the table has 43, but 52 is requests.received-total (收到政府信息公开申请（含上年结转）) read as the NaturalPerson column (自然人) rather than Total, which counts these cells and more; the sentence may mean that",
            mention.Explanation);
    }

    [Theory]
    // No reading explains 53; and carried-forward's cells are not among those 52 counts.
    [InlineData("新收自然人申请53件。", "requests.new-received", 53)]
    [InlineData("结转下年度继续办理52件。", "requests.carried-forward", 52)]
    public void A_wider_reading_explains_only_figures_over_the_claims_own_cells(string sentence, string claim, int figure)
    {
        var mention = ClaimChecker.Check(CarryOverReport, sentence)[claim].Mentions.Single();

        Assert.Equal(ClaimOutcome.Different, mention.Outcome);
        Assert.Equal(figure, mention.Number);
    }
}

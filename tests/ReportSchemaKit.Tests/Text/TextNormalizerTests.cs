using System;
using CsCheck;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Tests.Text;

public sealed class TextNormalizerTests
{
    // Characters the rules act on, mixed with label text, digits and ordinals.
    private const string InterestingChars =
        "0123456789１２３ \t\n\r\u00A0\u3000\u2002\u200B\uFEFF\u202F、.．,，:：（）()“”„‟\"＂‘’'【】[]—–－-−"
        + "AZaz Ａｚ本年制发件数属于国家秘密第二十条项";

    [Theory]
    [InlineData("（一）", "(一)")]
    [InlineData("本年收费金额（单位：万元）", "本年收费金额(单位:万元)")]
    [InlineData("２０２３", "2023")]
    [InlineData("ＡＰＰ", "app")]
    [InlineData("！～", "!~")]
    public void Full_width_ascii_becomes_half_width(string label, string expected)
    {
        Assert.Equal(expected, TextNormalizer.NormalizeLabel(label));
    }

    [Theory]
    [InlineData("本年 制发件数")]
    [InlineData("本年\t制发件数")]
    [InlineData("本年\r\n制发件数")]
    [InlineData("\u00A0本年\u00A0制发件数\u00A0")]
    [InlineData("本年\u3000制发件数")]
    [InlineData("本\u2002年\u200B制\u202F发\uFEFF件数")]
    public void Every_kind_of_space_is_removed(string label)
    {
        Assert.Equal("本年制发件数", TextNormalizer.NormalizeLabel(label));
    }

    [Theory]
    [InlineData("1、属于国家秘密")]
    [InlineData("1．属于国家秘密")]
    [InlineData("1.属于国家秘密")]
    [InlineData("1，属于国家秘密")]
    [InlineData("1,属于国家秘密")]
    [InlineData("１、属于国家秘密")]
    [InlineData(" 1 、属于国家秘密")]
    public void The_separator_after_a_leading_ordinal_becomes_a_point(string label)
    {
        Assert.Equal("1.属于国家秘密", TextNormalizer.NormalizeLabel(label));
    }

    [Theory]
    [InlineData("申请人无正当理由逾期不补正、行政机关不再处理", "申请人无正当理由逾期不补正、行政机关不再处理")]
    [InlineData("一、总体情况", "一、总体情况")]
    [InlineData("第一项加第二项之和，等于第三项", "第一项加第二项之和,等于第三项")]
    [InlineData("12、3、", "12.3、")]
    public void Only_the_separator_right_after_leading_digits_changes(string label, string expected)
    {
        Assert.Equal(expected, TextNormalizer.NormalizeLabel(label));
    }

    [Theory]
    [InlineData("危及“三安全一稳定”", "危及\"三安全一稳定\"")]
    [InlineData("危及„三安全一稳定‟", "危及\"三安全一稳定\"")]
    [InlineData("危及＂三安全一稳定＂", "危及\"三安全一稳定\"")]
    [InlineData("‘看得懂’", "'看得懂'")]
    [InlineData("【标题】", "[标题]")]
    public void Quotes_and_brackets_fold_to_one_form(string label, string expected)
    {
        Assert.Equal(expected, TextNormalizer.NormalizeLabel(label));
    }

    [Theory]
    [InlineData("本年增—减")]
    [InlineData("本年增–减")]
    [InlineData("本年增－减")]
    [InlineData("本年增−减")]
    [InlineData("本年增‐减")]
    [InlineData("本年增-减")]
    public void Dashes_become_a_hyphen(string label)
    {
        Assert.Equal("本年增-减", TextNormalizer.NormalizeLabel(label));
    }

    [Fact]
    public void Ascii_letters_are_lower_cased_and_other_scripts_kept()
    {
        Assert.Equal("app政务Ωé", TextNormalizer.NormalizeLabel("APP政务Ωé"));
    }

    [Fact]
    public void Empty_and_space_only_labels_have_an_empty_key()
    {
        Assert.Same(string.Empty, TextNormalizer.NormalizeLabel(""));
        Assert.Same(string.Empty, TextNormalizer.NormalizeLabel(" \u00A0\u3000"));
    }

    [Theory]
    [InlineData("第二十条第（一）项", "第二十条第(一)项")]
    [InlineData("本年收费金额（单位：万元）", "本年收费金额(单位:万元)")]
    [InlineData("2、其他法律行政法规禁止公开", "2.其他法律行政法规禁止公开")]
    [InlineData("三 、本 年 度办 理 结果", "三、本年度办理结果")]
    [InlineData("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "(二)部分公开(区分处理的,只计这一情形,不计其他情形)")]
    public void Corpus_spellings_of_one_label_are_equal(string left, string right)
    {
        Assert.True(TextNormalizer.LabelEquals(left, right));
    }

    [Fact]
    public void Different_labels_are_not_equal()
    {
        Assert.False(TextNormalizer.LabelEquals("行政许可", "行政处罚"));
        Assert.False(TextNormalizer.LabelEquals("规范性文件", "行政规范性文件"));
    }

    [Fact]
    public void Long_labels_compare_without_the_stack_buffer()
    {
        string left = new string('项', 300) + "（一）";
        string right = new string('项', 300) + "(一)";

        Assert.True(TextNormalizer.LabelEquals(left, right));
        Assert.Equal(new string('项', 300) + "(一)", TextNormalizer.NormalizeLabel(left));
    }

    [Fact]
    public void The_span_overload_refuses_a_short_destination()
    {
        Assert.Throws<ArgumentException>(() => TextNormalizer.NormalizeLabel("本年制发件数", new char[3]));
    }

    [Theory]
    [InlineData("\u00A00", "0")]
    [InlineData("0\u00A0", "0")]
    [InlineData(" \t1,295\u3000", "1,295")]
    [InlineData("\u00A0", "")]
    [InlineData("1 295", "1 295")]
    public void NormalizeValue_trims_every_kind_of_space_and_keeps_the_inside(string value, string expected)
    {
        Assert.Equal(expected, TextNormalizer.NormalizeValue(value).ToString());
    }

    [Fact]
    public void Normalising_a_key_again_changes_nothing()
    {
        Gen.Char[InterestingChars].Array[0, 24].Select(chars => new string(chars)).Sample(label =>
        {
            string key = TextNormalizer.NormalizeLabel(label);
            Assert.Equal(key, TextNormalizer.NormalizeLabel(key));
        });
    }

    [Fact]
    public void A_key_is_never_longer_than_its_label_and_has_no_spaces()
    {
        Gen.String.Sample(label =>
        {
            string key = TextNormalizer.NormalizeLabel(label);
            Assert.True(key.Length <= label.Length);
            Assert.DoesNotContain(key, char.IsWhiteSpace);
            Assert.True(TextNormalizer.LabelEquals(label, key));
        });
    }
}

using System;
using System.Globalization;
using System.Text;
using CsCheck;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Tests.Text;

public sealed class CellValueParserTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u00A0")]
    [InlineData("\t\u3000 ")]
    public void Empty_or_space_only_is_blank(string text)
    {
        CellValueParse parse = CellValueParser.Parse(text);

        Assert.Equal(new CellValueParse(CellValueKind.Blank, text, null, null, 0), parse);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("／")]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData("–")]
    [InlineData("－")]
    [InlineData("——")]
    [InlineData("— —")]
    [InlineData("无")]
    [InlineData("空")]
    [InlineData(" / ")]
    [InlineData("\u00A0无\u00A0")]
    public void Explicit_nothing_is_an_empty_marker_not_zero(string text)
    {
        CellValueParse parse = CellValueParser.Parse(text);

        Assert.Equal(CellValueKind.EmptyMarker, parse.Kind);
        Assert.Null(parse.Value);
        Assert.Same(text, parse.Raw);
    }

    [Theory]
    [InlineData("0", 0, null, 0)]
    [InlineData("690", 690, null, 0)]
    [InlineData("\u00A00", 0, null, 0)]
    [InlineData("0\u00A0", 0, null, 0)]
    [InlineData("-5", -5, null, 0)]
    [InlineData("+5", 5, null, 0)]
    [InlineData("−5", -5, null, 0)]
    [InlineData("1,295", 1295, null, 0)]
    [InlineData("1，295", 1295, null, 0)]
    [InlineData("1,234,567.5", 1234567.5, null, 1)]
    [InlineData("１２９５", 1295, null, 0)]
    [InlineData("0.1200", 0.12, null, 4)]
    [InlineData("３．５", 3.5, null, 1)]
    [InlineData("251000元", 251000, "元", 0)]
    [InlineData("19210元", 19210, "元", 0)]
    [InlineData("1.2万元", 1.2, "万元", 1)]
    [InlineData("1.2 万元", 1.2, "万元", 1)]
    [InlineData("12.5%", 12.5, "%", 1)]
    [InlineData("90％", 90, "%", 0)]
    [InlineData("¥19210", 19210, "¥", 0)]
    [InlineData("￥ 1,000.00", 1000, "¥", 2)]
    [InlineData("3件", 3, "件", 0)]
    public void Numbers_keep_their_unit_and_decimal_places(string text, double expected, string? unit, int places)
    {
        CellValueParse parse = CellValueParser.Parse(text);

        Assert.Equal(CellValueKind.Number, parse.Kind);
        Assert.Equal((decimal)expected, parse.Value);
        Assert.Equal(unit, parse.Unit);
        Assert.Equal(places, parse.DecimalPlaces);
        Assert.Same(text, parse.Raw);
    }

    [Fact]
    public void Trailing_zeros_are_kept_in_the_decimal_scale()
    {
        Assert.Equal("0.1200", CellValueParser.Parse("0.1200").Value!.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("12abc")]
    [InlineData("1 2")]
    [InlineData("12,34")]
    [InlineData("1234,567")]
    [InlineData("1,2345")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("--5")]
    [InlineData("¥5元")]
    [InlineData("1/2")]
    [InlineData("无数据")]
    [InlineData("99999999999999999999999999999999")]
    public void Anything_else_is_invalid_and_keeps_its_text(string text)
    {
        CellValueParse parse = CellValueParser.Parse(text);

        Assert.Equal(new CellValueParse(CellValueKind.Invalid, text, null, null, 0), parse);
    }

    [Theory]
    [InlineData("19210\\.5", 19210.5, 1)]
    [InlineData("\\-3", -3, 0)]
    [InlineData("1\\,295", 1295, 0)]
    public void A_number_that_Markdown_escaped_reads_without_the_escapes(string text, double expected, int places)
    {
        var parsed = CellValueParser.Parse(text);

        Assert.Equal(CellValueKind.Number, parsed.Kind);
        Assert.Equal((decimal)expected, parsed.Value);
        Assert.Equal(places, parsed.DecimalPlaces);
        Assert.Equal(text, parsed.Raw);
    }

    [Theory]
    [InlineData("12\\a")]
    [InlineData("\\")]
    public void A_backslash_before_anything_but_punctuation_stays_invalid(string text) =>
        Assert.Equal(CellValueKind.Invalid, CellValueParser.Parse(text).Kind);

    [Fact]
    public void Null_text_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => CellValueParser.Parse(null!));
    }

    [Theory]
    [InlineData(251000, "元", "万元", 25.1)]
    [InlineData(1.2, "万元", "元", 12000)]
    [InlineData(19210, "¥", "元", 19210)]
    [InlineData(3, "亿元", "万元", 30000)]
    [InlineData(5, "%", "%", 5)]
    public void Money_converts_between_yuan_units(double value, string from, string to, double expected)
    {
        Assert.True(CellValueParser.TryConvertToUnit((decimal)value, from, to, out decimal converted));
        Assert.Equal((decimal)expected, converted);
    }

    [Theory]
    [InlineData("%", "元")]
    [InlineData("件", "万元")]
    [InlineData("元", "米")]
    public void Units_that_are_not_both_money_do_not_convert(string from, string to)
    {
        Assert.False(CellValueParser.TryConvertToUnit(1m, from, to, out decimal converted));
        Assert.Equal(0m, converted);
    }

    [Fact]
    public void An_overflowing_conversion_fails_instead_of_throwing()
    {
        Assert.False(CellValueParser.TryConvertToUnit(decimal.MaxValue, "亿元", "元", out _));
    }

    [Fact]
    public void A_formatted_number_parses_back_to_its_value_unit_and_places()
    {
        Gen<(decimal Value, int Places, bool Grouped, bool Comma, bool FullWidth, string Unit, string Padding)> formats =
            Gen.Select(
                Gen.Long[-999_999_999_999L, 999_999_999_999L],
                Gen.Int[0, 4],
                Gen.Bool,
                Gen.Bool,
                Gen.Bool,
                Gen.OneOf("", "元", "万元", "%", "件"),
                Gen.OneOf("", " ", "\u00A0", "\u3000", "\t "),
                (units, places, grouped, comma, fullWidth, unit, padding) =>
                    (units / Scale(places), places, grouped, comma, fullWidth, unit, padding));

        formats.Sample(f =>
        {
            string number = f.Value.ToString(f.Grouped ? "N" + f.Places : "F" + f.Places, CultureInfo.InvariantCulture);
            if (f.Comma)
            {
                number = number.Replace(',', '，');
            }

            if (f.FullWidth)
            {
                number = ToFullWidthDigits(number);
            }

            string text = f.Padding + number + f.Unit + f.Padding;

            CellValueParse parse = CellValueParser.Parse(text);

            Assert.Equal(CellValueKind.Number, parse.Kind);
            Assert.Equal(f.Value, parse.Value);
            Assert.Equal(f.Places, parse.DecimalPlaces);
            Assert.Equal(f.Unit.Length == 0 ? null : f.Unit, parse.Unit);
            Assert.Same(text, parse.Raw);
        });
    }

    private static decimal Scale(int places)
    {
        decimal scale = 1m;
        for (int i = 0; i < places; i++)
        {
            scale *= 10m;
        }

        return scale;
    }

    private static string ToFullWidthDigits(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(char.IsAsciiDigit(c) ? (char)(c + 0xFEE0) : c);
        }

        return builder.ToString();
    }
}

using ReportSchemaKit.Validation;

namespace ReportSchemaKit.GovInfo.Tests.Validation;

/// <summary>places(x), the one function of the assertion language that needs runtime help.</summary>
public sealed class RuleMathTests
{
    [Theory]
    [InlineData("100", 0)]
    [InlineData("1.2000", 1)]
    [InlineData("-1.50", 1)]
    [InlineData("0.00001", 5)]
    [InlineData("19210", 0)]
    [InlineData("0.0000000000000000000000000001", 28)]
    [InlineData("79228162514264337593543950335", 0)]
    [InlineData("0.0", 0)]
    public void Places_counts_the_decimal_places_a_value_needs(string text, int places)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(places, RuleMath.Places(value));
    }

    [Fact]
    public void Places_of_a_blank_cell_is_blank() => Assert.Null(RuleMath.Places(null));
}

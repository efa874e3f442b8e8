using ReportSchemaKit.Generator.Expressions;
using ReportSchemaKit.Generator.Spec;

namespace ReportSchemaKit.Generator.Tests.Expressions;

/// <summary>The rule assertion grammar: what parses to what, and where a broken one breaks.</summary>
public sealed class ExpressionParserTests
{
    [Fact]
    public void Sums_associate_to_the_left()
    {
        var comparison = ExpressionParser.Parse("Total == A + B - C");

        Assert.Equal("==", comparison.Operator);
        var outer = Assert.IsType<BinaryExpr>(comparison.Right);
        Assert.Equal('-', outer.Operator);
        var inner = Assert.IsType<BinaryExpr>(outer.Left);
        Assert.Equal(('+', "A", "B"), (inner.Operator, Name(inner.Left), Name(inner.Right)));
        Assert.Equal("C", Name(outer.Right));
    }

    [Fact]
    public void A_range_sum_and_places_and_numbers_parse()
    {
        var comparison = ExpressionParser.Parse("places(value) + 0.5 <= sum(First..Last)");

        var left = Assert.IsType<BinaryExpr>(comparison.Left);
        Assert.Equal("value", Name(Assert.IsType<PlacesExpr>(left.Left).Argument));
        Assert.Equal("0.5", Assert.IsType<NumberExpr>(left.Right).Text);
        var range = Assert.IsType<SumRangeExpr>(comparison.Right);
        Assert.Equal(("First", "Last"), (range.From.Dotted, range.To.Dotted));
    }

    [Fact]
    public void Previous_and_full_keys_are_names()
    {
        var comparison = ExpressionParser.Parse("Requests.CarriedOver.Total == previous.Requests.CarriedForward.Total");

        Assert.Equal(["Requests", "CarriedOver", "Total"], ((NameExpr)comparison.Left).Parts);
        var right = (NameExpr)comparison.Right;
        Assert.True(right.Previous);
        Assert.Equal("Requests.CarriedForward.Total", right.Dotted);
    }

    [Fact]
    public void Parsed_assertions_are_equal_by_value_so_specs_cache()
    {
        var first = ExpressionParser.Parse("A == sum(B..C) + 1");
        var second = ExpressionParser.Parse("A == sum(B..C) + 1");

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(ExpressionParser.Parse("A == B"), ExpressionParser.Parse("A == C"));
    }

    [Theory]
    [InlineData("Total = A", 6, "write '==' to compare, not '='")]
    [InlineData("Total == A +", 12, "expected a name, a number, sum(A..B) or places(x), found the end")]
    [InlineData("Total == sum(A, B)", 14, "sum takes a range: sum(First..Last)")]
    [InlineData("Total == (A + B", 15, "expected ')'")]
    [InlineData("Total == A B", 11, "unexpected 'B' after the assertion's end")]
    [InlineData("Total", 5, "expected a comparison: ==, !=, <=, >=, < or >")]
    public void A_broken_assertion_says_what_and_where(string text, int offset, string message)
    {
        var error = Assert.Throws<ExpressionSyntaxException>(() => ExpressionParser.Parse(text));

        Assert.Equal((offset, message), (error.Offset, error.Message));
    }

    private static string Name(Expr expr) => Assert.IsType<NameExpr>(expr).Dotted;
}

using ReportSchemaKit.Text;

namespace ReportSchemaKit.Tests.Text;

public sealed class SourcePositionTests
{
    [Fact]
    public void Formats_as_line_colon_column()
    {
        Assert.Equal("72:1", new SourcePosition(72, 1).ToString());
    }

    [Fact]
    public void Positions_with_the_same_line_and_column_are_equal()
    {
        Assert.Equal(new SourcePosition(3, 14), new SourcePosition(3, 14));
        Assert.NotEqual(new SourcePosition(3, 14), new SourcePosition(14, 3));
    }
}

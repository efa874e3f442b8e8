using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using ReportSchemaKit.Layout;

namespace ReportSchemaKit.Tests.Layout.TextGrid;

/// <summary>Broken and hostile grids: never an exception, and time linear in the input.</summary>
public sealed class HostileGridTests
{
    private static readonly TextGridReader Reader = new();

    [Theory]
    [InlineData("│")]
    [InlineData("┌┐\n└┘")]
    [InlineData("+\n+-+\n|\n+-+")]
    [InlineData("|||\n|_|_|")]
    [InlineData("┼┼┼┼\n│ │\n├─┤")]
    [InlineData("+--+\n| a |\n| b\n+--+--+--+\n")]
    [InlineData("\\|\\|\\|")]
    [InlineData("   \n\t\n")]
    public void Broken_grids_read_without_an_exception(string text)
    {
        var cells = Reader.Read(text);

        Assert.All(cells, c => Assert.NotNull(c.Text));
    }

    [Fact]
    public void A_cell_wrapped_over_many_lines_joins_in_linear_time()
    {
        var text = new StringBuilder("+------+---+\n");
        for (int i = 0; i < 100_000; i++)
        {
            text.Append("| 规章 | 0 |\n");
        }

        text.Append("+------+---+\n");
        var watch = Stopwatch.StartNew();

        var cells = Reader.Read(text.ToString());

        Assert.Equal(2, cells.Count);
        Assert.Equal(200_000, cells[0].Text.Length);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_line_with_a_million_borders_then_many_short_lines_reads_in_linear_time()
    {
        var text = new StringBuilder("┌").Append('─', 10).Append('┐').Append('\n');
        text.Append('│', 1_000_000).Append('\n');
        for (int i = 0; i < 100_000; i++)
        {
            text.Append("│0│\n");
        }

        text.Append("└─┘\n");
        var watch = Stopwatch.StartNew();

        var cells = Reader.Read(text.ToString());

        Assert.True(cells.Count > 0);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_long_run_of_numbers_splits_into_one_cell_each()
    {
        var text = string.Join(' ', Enumerable.Repeat("0", 200_000));

        var cells = Reader.Read("规章 " + text);

        Assert.Equal(200_001, cells.Count);
    }
}

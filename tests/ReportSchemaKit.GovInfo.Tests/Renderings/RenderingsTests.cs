using System;
using System.IO;
using System.Linq;

namespace ReportSchemaKit.GovInfo.Tests.Renderings;

/// <summary>
/// Reports as users hold them — a converter's rendering of a published PDF, Word file or web page — never read to a
/// wrong value (issue 22). A cell may be missing where the rendering lost it; it may never say something false.
/// </summary>
public sealed class RenderingsTests
{
    private static string TestProject => AppContext.BaseDirectory;

    private static string Folder => Path.Combine(TestProject, "Renderings");

    public static TheoryData<string> Files => new(Rendering.All(Folder).Select(r => r.FileName));

    [Theory]
    [MemberData(nameof(Files))]
    public void A_rendering_parses_to_no_wrong_value(string file)
    {
        var score = Scoreboard.Score(TestProject, Rendering.FromPath(Path.Combine(Folder, "Texts", file)));

        Assert.True(score.Wrong == 0,
            $"{score.Wrong} wrong of {score.Cells} cells ({score.Exact} exact, {score.Missing} missing):{Environment.NewLine}{string.Join(Environment.NewLine, score.WrongCells)}"
            + $"{Environment.NewLine}Missing: {string.Join(' ', score.MissingKeys)}");
    }

    /// <summary>Every source has a rendering by every converter that applies to its format, so the score covers them all.</summary>
    [Fact]
    public void Every_source_is_rendered_by_every_converter_that_applies()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(Folder, "Sources"))
            .Concat(Directory.EnumerateFiles(Path.Combine(SharedFiles.Directory, "corpus"), "*.pdf"))
            .Select(Path.GetFileName);
        var expected = sources.SelectMany(s => Converters.BySourceFormat[Path.GetExtension(s)!.TrimStart('.')].Select(c => s + "." + c)).Order(StringComparer.Ordinal);
        var actual = Rendering.All(Folder).Select(r => r.Source + "." + r.Converter).Order(StringComparer.Ordinal);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_source_has_its_expected_cells() =>
        Assert.All(Rendering.All(Folder).Select(r => r.SourceStem).Distinct(), stem => Assert.NotEmpty(ExpectedCells.Of(TestProject, stem)));
}

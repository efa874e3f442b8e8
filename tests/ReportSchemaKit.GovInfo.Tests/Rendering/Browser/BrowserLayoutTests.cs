using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ReportSchemaKit.GovInfo.V2021;
using ReportSchemaKit.Rendering;
using ReportSchemaKit.Testing;

namespace ReportSchemaKit.GovInfo.Tests.Rendering.Browser;

/// <summary>
/// The jinshan corpus report's HTML page, opened in headless Chromium: the layout the browser computes has
/// the official spans, and the cells of the failed rule are highlighted with the message on hover. The
/// screenshot is kept in generated-samples/screenshots when RSK_ACCEPT_SNAPSHOTS=1 (scripts/update-docs.sh).
/// </summary>
public sealed class BrowserLayoutTests : IDisposable
{
    private const int Width = 1200;
    private const int Height = 2000;
    private const double Tolerance = 1.0;

    // #fecaca, the style sheet's colour for cells of a failed error rule; plain value cells are white.
    private const string ErrorBackground = "rgb(254, 202, 202)";
    private const string PlainBackground = "rgb(255, 255, 255)";

    private readonly string _directory = Directory.CreateTempSubdirectory("rsk-browser-").FullName;

    [ChromiumFact]
    public void Jinshan_page_lays_out_as_printed_and_highlights_the_failed_rule_in_the_browser()
    {
        var (parsed, options) = RenderFixtures.JinshanWithFindings();
        var page = Path.Combine(_directory, "jinshan.html");
        var screenshot = Path.Combine(_directory, "jinshan.png");
        File.WriteAllText(page, LayoutProbe.AddTo(HtmlRenderer.Render(parsed.Report!, options)));

        var dom = Chromium.DumpDomAndScreenshot(page, screenshot, Width, Height, TimeSpan.FromSeconds(60));
        var layout = ReadProbe(dom);

        AssertValueCells(layout);
        AssertSectionFourSpans(layout.Tables.Single(t => t.Id == "ReviewLitigation"));
        AssertRequestsSpans(layout.Tables.Single(t => t.Id == "Requests"));
        AssertHighlights(layout, options.Findings.SelectMany(f => f.Cells).Select(c => c.Key).ToHashSet());
        AssertScreenshot(screenshot);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>One value cell per model cell, in cell order, showing the parsed values.</summary>
    private static void AssertValueCells(ProbedPage layout)
    {
        var values = layout.Tables.SelectMany(t => t.Rows).SelectMany(r => r).Where(c => c.Tag == "td").ToList();
        Assert.Equal(GovInfoReport2021.CellCount, values.Count);
        Assert.Equal(GovInfoReport2021.TemplateInfo.Cells.Select(c => c.Key), values.Select(c => c.Key));
        Assert.Equal("690", values.Single(c => c.Key == "Art20Item5.Licensing.Decisions").Text);
        Assert.All(layout.Tables.SelectMany(t => t.Rows).SelectMany(r => r), cell => Assert.True(cell.Box.Right > cell.Box.Left && cell.Box.Bottom > cell.Box.Top, $"'{cell.Text}' has no box"));
    }

    /// <summary>Fifteen values on one line; each header cell covers exactly the value columns it spans.</summary>
    private static void AssertSectionFourSpans(ProbedTable table)
    {
        Assert.Equal(4, table.Rows.Length);
        var values = table.Rows[3];
        Assert.Equal(15, values.Length);
        Assert.All(values, v => Near(values[0].Box.Top, v.Box.Top, "the fifteen values share one line"));
        Assert.All(values.Zip(values.Skip(1)), pair => Assert.True(pair.First.Box.Right <= pair.Second.Box.Left + Tolerance, "the values run left to right"));

        AssertCovers(table.Rows[0][0], "行政复议", 1, 5, values[0..5]);
        AssertCovers(table.Rows[0][1], "行政诉讼", 1, 10, values[5..15]);
        for (var i = 0; i < 5; i++)
        {
            AssertCovers(table.Rows[1][i], table.Rows[1][i].Text, 2, 1, values[i..(i + 1)]);
            Near(table.Rows[2][0].Box.Bottom, table.Rows[1][i].Box.Bottom, $"{table.Rows[1][i].Text} spans the second and third header rows");
        }

        AssertCovers(table.Rows[1][5], "未经复议直接起诉", 1, 5, values[5..10]);
        AssertCovers(table.Rows[1][6], "复议后起诉", 1, 5, values[10..15]);
        Assert.Equal(10, table.Rows[2].Length);
        string[] results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
        for (var i = 0; i < 10; i++)
        {
            AssertCovers(table.Rows[2][i], results[i % 5], 1, 1, values[(i + 5)..(i + 6)]);
        }
    }

    /// <summary>The corner over the three label columns and three header rows; a row group as tall as its rows.</summary>
    private static void AssertRequestsSpans(ProbedTable table)
    {
        var corner = table.Rows[0][0];
        Assert.Equal((3, 3), (corner.RowSpan, corner.ColSpan));
        var firstValue = table.Rows[3].First(c => c.Tag == "td");
        Near(firstValue.Box.Left, corner.Box.Right, "the corner ends where the values begin");
        Near(table.Rows[2][0].Box.Bottom, corner.Box.Bottom, "the corner is as tall as the three header rows");

        var results = table.Rows.SelectMany(r => r).Single(c => c.Text == "三、本年度办理结果");
        Assert.Equal(22, results.RowSpan);
        var disclosed = table.Rows.SelectMany(r => r).Single(c => c.Text == "（一）予以公开");
        var total = table.Rows.SelectMany(r => r).Single(c => c.Text == "（七）总计");
        Near(disclosed.Box.Top, results.Box.Top, "三、本年度办理结果 starts at row （一）");
        Near(total.Box.Bottom, results.Box.Bottom, "三、本年度办理结果 ends at row （七）");
        Assert.Equal(2, total.ColSpan);
        Near(firstValue.Box.Left, total.Box.Right, "（七）总计 spans the two label columns right of its group");
        var carried = table.Rows.SelectMany(r => r).Single(c => c.Text == "四、结转下年度继续办理");
        Near(corner.Box.Left, carried.Box.Left, "四、结转下年度继续办理 starts in the first label column");
        Near(firstValue.Box.Left, carried.Box.Right, "and spans all three");
    }

    /// <summary>Exactly the failed rule's cells are coloured, and hovering one tells the rule in both languages.</summary>
    private static void AssertHighlights(ProbedPage layout, System.Collections.Generic.HashSet<string> findingKeys)
    {
        var values = layout.Tables.SelectMany(t => t.Rows).SelectMany(r => r).Where(c => c.Tag == "td").ToList();
        Assert.Equal(44, findingKeys.Count);
        foreach (var cell in values)
        {
            if (findingKeys.Contains(cell.Key!))
            {
                Assert.Equal(ErrorBackground, cell.Background);
                Assert.Contains("rsk-error", cell.Classes, StringComparison.Ordinal);
                Assert.Contains("（七）总计应等于各项办理结果之和", cell.Title, StringComparison.Ordinal);
                Assert.Contains("the results total must equal the sum of every result row", cell.Title, StringComparison.Ordinal);
            }
            else
            {
                Assert.True(cell.Background == PlainBackground, $"{cell.Key} is coloured {cell.Background} though no finding involves it");
                Assert.Null(cell.Title);
            }
        }
    }

    private static void AssertScreenshot(string screenshot)
    {
        var png = File.ReadAllBytes(screenshot);
        Assert.True(png.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "The screenshot is not a PNG");
        Assert.Equal((Width, Height), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
        if (Environment.GetEnvironmentVariable("RSK_ACCEPT_SNAPSHOTS") == "1")
        {
            var kept = Path.Combine(RepositoryLocation.Root, "generated-samples", "screenshots", "jinshan-2021.png");
            Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
            File.Copy(screenshot, kept, overwrite: true);
        }
    }

    private static void AssertCovers(ProbedCell header, string text, int rowSpan, int colSpan, ProbedCell[] values)
    {
        Assert.Equal((text, rowSpan, colSpan), (header.Text, header.RowSpan, header.ColSpan));
        Near(values[0].Box.Left, header.Box.Left, $"{text} starts over value {values[0].Key}");
        Near(values[^1].Box.Right, header.Box.Right, $"{text} ends over value {values[^1].Key}");
        Assert.True(header.Box.Bottom <= values[0].Box.Top + Tolerance, $"{text} is above the values");
    }

    private static void Near(double expected, double actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= Tolerance, $"{what}: expected {expected}, the browser laid out {actual}");

    private static ProbedPage ReadProbe(string dom)
    {
        var match = Regex.Match(dom, "<pre id=\"" + LayoutProbe.ElementId + "\"[^>]*>(.*?)</pre>", RegexOptions.Singleline);
        Assert.True(match.Success && match.Groups[1].Length > 0, "The page's layout probe wrote nothing; the DOM was:\n" + dom[..Math.Min(dom.Length, 2000)]);
        return JsonSerializer.Deserialize<ProbedPage>(WebUtility.HtmlDecode(match.Groups[1].Value))!;
    }
}

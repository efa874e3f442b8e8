using System;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using ReportSchemaKit.GovInfo;
using ReportSchemaKit.GovInfo.Tests;
using ReportSchemaKit.GovInfo.Tests.Parsing;
using ReportSchemaKit.Layout;
using ReportSchemaKit.Rendering;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.Benchmarks.Extraction;

/// <summary>
/// Report files for the extraction benchmark: random values (the tests' generator: blanks, counts, signed changes,
/// amounts) in a version chosen by a random report year, written by the renderers (HTML, Markdown, one cell per
/// line) and the tests' layout writer (tab-indented), with prose around the tables as published reports have,
/// about 10 KB each. Report <c>i</c> is the same bytes on every run.
/// </summary>
internal static class RandomReports
{
    private static readonly string Prose = string.Concat(Enumerable.Repeat(
        "本年度，我镇认真贯彻落实《中华人民共和国政府信息公开条例》，围绕中心工作，坚持以公开为常态、不公开为例外，"
        + "持续深化政务公开，推进决策、执行、管理、服务、结果公开，提升政府透明度和公信力。", 3));

    private static readonly string[] Layouts = ["html", "md", "lines", "tabs"];

    /// <summary>The file name (its extension by layout) and the bytes of report <paramref name="index"/>.</summary>
    public static (string Name, byte[] Content) Write(int index)
    {
        var random = new Random(index);
        var year = random.Next(2019, 2026);
        var registration = ReportTemplates.Catalog.ForYear("gov-info-disclosure", year)!;
        var values = ReportGenerators.Values(registration.Template).Generate(new PCG((uint)index, 7), null, out _);
        var report = registration.Create(values);
        var title = $"示例{index.ToString(CultureInfo.InvariantCulture)}镇{year.ToString(CultureInfo.InvariantCulture)}年政府信息公开工作年度报告";
        var layout = Layouts[random.Next(Layouts.Length)];
        var options = new RenderOptions { Title = title };
        var paragraphs = random.Next(1, 7);
        var prose = string.Join("\n\n", Enumerable.Repeat(Prose, paragraphs));
        var text = layout switch
        {
            "html" => report.Render(RenderFormat.Html, options).Replace("<body>", "<body>\n<p>" + prose.Replace("\n\n", "</p>\n<p>", StringComparison.Ordinal) + "</p>", StringComparison.Ordinal),
            "md" => "# " + title + "\n\n" + prose + "\n\n" + report.Render(RenderFormat.Markdown, options),
            "lines" => title + "\n\n" + prose + "\n\n" + report.Render(RenderFormat.Text, options),
            _ => prose + "\n\n" + LayoutWriter.Write(report, LayoutKind.Tabs, year),
        };
        var extension = layout switch { "html" => ".html", "md" => ".md", _ => ".txt" };
        return ($"report-{index.ToString("D6", CultureInfo.InvariantCulture)}{extension}", Encoding.UTF8.GetBytes(text));
    }
}

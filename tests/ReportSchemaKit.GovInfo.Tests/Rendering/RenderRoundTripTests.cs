using System;
using System.Linq;
using CsCheck;
using ReportSchemaKit.GovInfo.Json;
using ReportSchemaKit.GovInfo.V2019;
using ReportSchemaKit.GovInfo.V2021;
using ReportSchemaKit.Layout;
using ReportSchemaKit.Parsing;
using ReportSchemaKit.Rendering;
using ReportSchemaKit.Reports;
using ReportSchemaKit.Validation;

namespace ReportSchemaKit.GovInfo.Tests.Rendering;

/// <summary>
/// For every template version and every render format: a random report, rendered with its title and its
/// own findings, reads back to an equal report — the text formats through the same parser that reads
/// published reports, CSV and JSON through their readers.
/// </summary>
public sealed class RenderRoundTripTests
{
    public static TheoryData<string, RenderFormat> VersionsAndFormats()
    {
        var data = new TheoryData<string, RenderFormat>();
        foreach (var version in new[] { "2019", "2021" })
        {
            foreach (var format in Enum.GetValues<RenderFormat>())
            {
                data.Add(version, format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(VersionsAndFormats))]
    public void A_random_report_renders_and_reads_back_equal(string version, RenderFormat format)
    {
        if (version == "2019")
        {
            RoundTrip<GovInfoReport2019>(format, year: 2020);
        }
        else
        {
            RoundTrip<GovInfoReport2021>(format, year: 2023);
        }
    }

    private static void RoundTrip<T>(RenderFormat format, int year)
        where T : class, IReport<T>, IValidatableReport
    {
        ReportGenerators.Values(T.TemplateInfo).Sample(
            values =>
            {
                var report = T.FromValues(values);
                var options = new RenderOptions
                {
                    Title = $"示例镇{year}年政府信息公开工作年度报告",
                    Findings = report.Validate().Findings,
                    Json = GovInfoJson.Options,
                };

                var rendered = report.Render(format, options);

                Assert.Equal(report, ReadBack(rendered, format, values.Count(v => v is null)));
            },
            iter: format is RenderFormat.Csv or RenderFormat.Json ? 100 : 40);
    }

    private static IReport ReadBack(string rendered, RenderFormat format, int blanks)
    {
        switch (format)
        {
            case RenderFormat.Csv:
                return Assert.Single(CsvReportReader.Read(rendered, ReportTemplates.Catalog)).Report;
            case RenderFormat.Json:
                var type = ReportTemplates.Catalog.Registrations.Single(r => rendered.Contains(Signature(r.Template), StringComparison.Ordinal)).ReportType;
                return ReportJson.Deserialize(rendered, type, GovInfoJson.Options);
            default:
                var result = ReportTemplates.Parse(rendered);
                Assert.Equal(format switch { RenderFormat.Html => LayoutKind.Html, RenderFormat.Markdown => LayoutKind.Pipes, _ => LayoutKind.Lines }, result.Layout);
                Assert.Equal(VersionSource.TitleAndHeaders, result.VersionSource);
                Assert.DoesNotContain(result.Diagnostics, d => d.Severity == ParseSeverity.Error);

                // Every blank was written as a cell the parser saw, none left out.
                Assert.Equal(blanks, result.Cells.Count(c => c.State is CellState.Blank or CellState.EmptyMarker));
                return result.Report!;
        }
    }

    /// <summary>A column id only this version has, which its JSON therefore names.</summary>
    private static string Signature(Templates.ReportTemplate template) =>
        template.Version == "2019" ? "\"NewlyMade\"" : "\"Issued\"";
}

using System;
using System.Linq;
using CsCheck;
using ReportSchemaKit.GovInfo.V2019;
using ReportSchemaKit.GovInfo.V2021;
using ReportSchemaKit.Layout;
using ReportSchemaKit.Parsing;
using ReportSchemaKit.Reports;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.GovInfo.Tests.Parsing;

/// <summary>A report written in any layout parses back to the same report, with the version detected.</summary>
public sealed class LayoutRoundTripTests
{
    public static TheoryData<LayoutKind> Layouts => new(TextLayouts);

    /// <summary>The layouts of decoded text; PDF and Word files have their own round trips (DocumentRoundTripTests).</summary>
    private static LayoutKind[] TextLayouts => Enum.GetValues<LayoutKind>().Where(k => !k.IsDocument()).ToArray();

    [Fact]
    public void One_report_in_each_text_layout_parses_identically()
    {
        var values = GovInfoReport2021.TemplateInfo.Cells.Select(c => c.Type == CellType.Decimal ? 12.3456m : (decimal?)(c.Ordinal * 37 % 101)).ToArray();
        values[GovInfoReport2021.TemplateInfo.Cells.Single(c => c.Key == "Requests.PartiallyDisclosed.Research").Ordinal] = null;
        var report = GovInfoReport2021.FromValues(values);

        var parsed = TextLayouts.Select(layout => (Layout: layout, Result: ReportTemplates.Parse(LayoutWriter.Write(report, layout, 2023)))).ToList();

        foreach (var (layout, result) in parsed)
        {
            Assert.Equal(layout, result.Layout);
            Assert.Equal(VersionSource.TitleAndHeaders, result.VersionSource);
            Assert.Equal(2023, result.TitleYear);
            Assert.Equal(report, result.Report);
            Assert.DoesNotContain(result.Diagnostics, d => d.Severity == ParseSeverity.Error);
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Random_2021_reports_survive_writing_and_parsing(LayoutKind layout) => RoundTrip<GovInfoReport2021>(layout, 2022);

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Random_2019_reports_survive_writing_and_parsing(LayoutKind layout) => RoundTrip<GovInfoReport2019>(layout, 2020);

    private static void RoundTrip<T>(LayoutKind layout, int year)
        where T : class, IReport<T>
    {
        ReportGenerators.Values(T.TemplateInfo).Sample(
            values =>
            {
                var report = T.FromValues(values);
                var text = LayoutWriter.Write(report, layout, year);

                var result = ReportTemplates.Parse(text);

                Assert.Equal(T.TemplateInfo.Version, result.Template?.Version);
                Assert.Equal(report, result.Report);
                var blanks = values.Count(v => v is null);
                Assert.Equal(blanks, result.Cells.Count(c => c.State is CellState.Blank or CellState.EmptyMarker));
            },
            iter: 60);
    }
}

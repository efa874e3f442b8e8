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

/// <summary>
/// A report printed in each shape text converters give tables (box-drawing grids, '_'-padded pipes, pandoc grids with
/// wrapped labels, pdftotext -raw lines, a label and value in one cell) is read as a text grid and parses back to
/// the same report.
/// </summary>
public sealed class TextGridRoundTripTests
{
    public static TheoryData<TextGridShape> Shapes => new(Enum.GetValues<TextGridShape>());

    [Theory]
    [MemberData(nameof(Shapes))]
    public void One_report_in_each_shape_parses_identically(TextGridShape shape)
    {
        var values = GovInfoReport2021.TemplateInfo.Cells.Select(c => c.Type == CellType.Decimal ? 12.3456m : (decimal?)(c.Ordinal * 37 % 101)).ToArray();
        values[GovInfoReport2021.TemplateInfo.Cells.Single(c => c.Key == "Requests.PartiallyDisclosed.Research").Ordinal] = null;
        var report = GovInfoReport2021.FromValues(values);

        var result = ReportTemplates.Parse(TextGridWriter.Write(report, shape, 2023));

        Assert.Equal(LayoutKind.TextGrid, result.Layout);
        Assert.Equal(2023, result.TitleYear);
        Assert.Equal(report, result.Report);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == ParseSeverity.Error);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Random_2021_reports_survive_printing_and_parsing(TextGridShape shape) => RoundTrip<GovInfoReport2021>(shape, 2022);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Random_2019_reports_survive_printing_and_parsing(TextGridShape shape) => RoundTrip<GovInfoReport2019>(shape, 2020);

    private static void RoundTrip<T>(TextGridShape shape, int year)
        where T : class, IReport<T>
    {
        ReportGenerators.Values(T.TemplateInfo).Sample(
            values =>
            {
                var report = T.FromValues(values);
                var text = TextGridWriter.Write(report, shape, year);

                var result = ReportTemplates.Parse(text);

                Assert.Equal(LayoutKind.TextGrid, result.Layout);
                Assert.Equal(T.TemplateInfo.Version, result.Template?.Version);
                Assert.Equal(report, result.Report);
                Assert.Equal(values.Count(v => v is null), result.Cells.Count(c => c.State is CellState.Blank or CellState.EmptyMarker));
            },
            iter: 40);
    }
}

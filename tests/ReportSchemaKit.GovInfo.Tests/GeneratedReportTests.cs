using System;
using System.Linq;
using CsCheck;
using ReportSchemaKit.GovInfo.V2019;
using ReportSchemaKit.GovInfo.V2021;
using ReportSchemaKit.Reports;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.GovInfo.Tests;

/// <summary>The generated report types: values in, values out, by property, by ordinal and by key.</summary>
public sealed class GeneratedReportTests
{
    [Fact]
    public void Values_survive_FromValues_then_GetValue_for_every_cell_of_both_versions()
    {
        Check<GovInfoReport2019>();
        Check<GovInfoReport2021>();

        static void Check<T>()
            where T : IReport<T>
        {
            ReportGenerators.Values(T.TemplateInfo).Sample(values =>
            {
                var report = T.FromValues(values);
                Assert.Equal(values, report.ToValues());
                Assert.Equal(report, T.FromValues(report.ToValues()));
            });
        }
    }

    [Fact]
    public void Properties_are_named_by_the_canonical_ids()
    {
        var values = new decimal?[GovInfoReport2021.CellCount];
        GovInfoReport2021.TemplateInfo.TryGetCell("Requests.NewReceived.Total", out var total);
        GovInfoReport2021.TemplateInfo.TryGetCell("Art20Item8.Fees.Amount", out var fees);
        values[total!.Ordinal] = 12;
        values[fees!.Ordinal] = 1.2345m;

        var report = GovInfoReport2021.FromValues(values);

        Assert.Equal(12, report.Requests.NewReceived.Total);
        Assert.Equal(1.2345m, report.Art20Item8.Fees.Amount);
        Assert.Null(report.Requests.NewReceived.NaturalPerson);
        Assert.True(report.TryGetValue("Requests.NewReceived.Total", out var byKey));
        Assert.Equal(12m, byKey);
        Assert.False(report.TryGetValue("Requests.NoSuchRow.Total", out _));
    }

    [Fact]
    public void A_blank_cell_stays_blank_and_differs_from_zero()
    {
        var blank = new GovInfoReport2021();
        var zero = blank with { Requests = blank.Requests with { PartiallyDisclosed = blank.Requests.PartiallyDisclosed with { Research = 0 } } };

        Assert.Null(blank.Requests.PartiallyDisclosed.Research);
        Assert.NotEqual(blank, zero);
    }

    [Fact]
    public void A_fraction_in_a_count_cell_is_refused_with_the_cell_key()
    {
        var values = new decimal?[GovInfoReport2019.CellCount];
        values[0] = 1.5m;

        var error = Assert.Throws<ArgumentException>(() => GovInfoReport2019.FromValues(values));

        Assert.Contains("Art20Item1.Rules.NewlyMade is a count and cannot hold 1.5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_wrong_number_of_values_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => GovInfoReport2021.FromValues(new decimal?[3]));

        Assert.Contains($"Expected {GovInfoReport2021.CellCount} values", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2019, "2019")]
    [InlineData(2020, "2019")]
    [InlineData(2021, "2021")]
    [InlineData(2025, "2021")]
    public void The_catalog_finds_the_version_for_a_report_year(int year, string version)
    {
        var registration = ReportTemplates.Catalog.ForYear("gov-info-disclosure", year);

        Assert.NotNull(registration);
        Assert.Equal(version, registration.Template.Version);
        Assert.Equal(registration.Template.Cells.Count, registration.Create(new decimal?[registration.Template.Cells.Count]).Template.Cells.Count);
    }

    [Fact]
    public void The_catalog_has_no_version_before_2019()
    {
        Assert.Null(ReportTemplates.Catalog.ForYear("gov-info-disclosure", 2018));
        Assert.Equal(["2019", "2021"], ReportTemplates.Catalog.Templates.Select(t => t.Version));
    }

    [Fact]
    public void The_templates_carry_their_identity()
    {
        var identity = GovInfoReport2019.TemplateInfo.Identity;

        Assert.Equal("国办公开办函〔2019〕60号", identity.IssuedBy);
        Assert.Equal((2019, (int?)2020), (identity.FirstYear, identity.LastYear));
        Assert.Contains("本年新制作数量", identity.Signatures);
        Assert.Equal(200, GovInfoReport2021.CellCount);
        Assert.Equal(GovInfoReport2019.CellCount, GovInfoReport2019.TemplateInfo.Cells.Count);
    }
}

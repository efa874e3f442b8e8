using System;
using System.Linq;
using System.Text;
using ReportSchemaKit.GovInfo.V2019;
using ReportSchemaKit.GovInfo.V2021;
using ReportSchemaKit.Rendering;

namespace ReportSchemaKit.GovInfo.Tests.Rendering;

/// <summary>The long-form CSV: one line per cell, several reports in one file, and strict reading with positions.</summary>
public sealed class CsvTests
{
    [Fact]
    public void A_report_is_a_header_and_one_line_per_cell_in_cell_order()
    {
        var report = RenderFixtures.Distinct2021("Requests.PartiallyDisclosed.Research");

        var lines = CsvRenderer.Render(report, new RenderOptions { ReportName = "金山镇, 2023 \"年报\"" }).Split('\n');

        Assert.Equal("report,version,table,row,column,key,value", lines[0]);
        Assert.Equal(GovInfoReport2021.CellCount + 2, lines.Length); // and the empty piece after the last \n
        Assert.Equal("\"金山镇, 2023 \"\"年报\"\"\",2021,Art20Item1,Rules,Issued,Art20Item1.Rules.Issued,1", lines[1]);
        Assert.EndsWith(",2021,Requests,PartiallyDisclosed,Research,Requests.PartiallyDisclosed.Research,", lines[34], StringComparison.Ordinal);
        Assert.Equal(string.Empty, lines[^1]);
    }

    [Fact]
    public void Reports_of_both_versions_stack_in_one_file_and_read_back_by_name_and_version()
    {
        var first = RenderFixtures.Distinct2019();
        var second = RenderFixtures.Distinct2021("Art20Item8.Fees.Amount");
        var csv = new StringBuilder(CsvRenderer.Render(first, new RenderOptions { Title = "普威镇2020年" }));
        CsvRenderer.AppendRows(csv, second, new RenderOptions { ReportName = "金山镇2023年" });

        var reports = CsvReportReader.Read(csv.ToString(), ReportTemplates.Catalog);

        Assert.Equal(["普威镇2020年", "金山镇2023年"], reports.Select(r => r.Name));
        Assert.Equal(first, Assert.IsType<GovInfoReport2019>(reports[0].Report));
        Assert.Equal(second, Assert.IsType<GovInfoReport2021>(reports[1].Report));
    }

    [Fact]
    public void A_missing_line_is_a_blank_cell()
    {
        var csv = "report,version,table,row,column,key,value\nx,2021,Requests,NewReceived,Total,Requests.NewReceived.Total,7\n";

        var report = (GovInfoReport2021)Assert.Single(CsvReportReader.Read(csv, ReportTemplates.Catalog)).Report;

        Assert.Equal(7, report.Requests.NewReceived.Total);
        Assert.Null(report.Requests.NewReceived.NaturalPerson);
    }

    [Theory]
    [InlineData("report,version,key,value\n", "CSV 1:1: the header must be 'report,version,table,row,column,key,value'")]
    [InlineData("x,2021,Requests,NewReceived,Total,Requests.NewReceived.Total,7\n", "CSV 1:1: the header must be")]
    [InlineData("", "CSV 1:1: the CSV is empty")]
    [InlineData(Header + "x,2025,Requests,NewReceived,Total,Requests.NewReceived.Total,7\n", "CSV 2:1: there is no template version '2025'; the versions are 2019, 2021")]
    [InlineData(Header + "x,2021,Requests,NewRecieved,Total,Requests.NewRecieved.Total,7\n", "CSV 2:1: version 2021 has no cell 'Requests.NewRecieved.Total'")]
    [InlineData(Header + "x,2021,Requests,CarriedOver,Total,Requests.NewReceived.Total,7\n", "CSV 2:1: the key Requests.NewReceived.Total names table Requests, row NewReceived, column Total; the line says Requests, CarriedOver, Total")]
    [InlineData(Header + "x,2021,Requests,NewReceived,Total,Requests.NewReceived.Total,1.5\n", "CSV 2:1: Requests.NewReceived.Total is a count and holds whole numbers; found '1.5'")]
    [InlineData(Header + "x,2021,Requests,NewReceived,Total,Requests.NewReceived.Total,七\n", "CSV 2:1: the value of Requests.NewReceived.Total must be a number")]
    [InlineData(Header + "x,2021,Requests,NewReceived,Total\n", "CSV 2:1: expected 7 fields")]
    [InlineData(Header + "x,2021,A,B,C,Requests.NewReceived.Total,1\n\"x\",2021,Requests,NewReceived,Total,Requests.NewReceived.Total,2\n", "CSV 2:1: the key")]
    [InlineData(Header + "x,2021,Requests,NewReceived,Total,Requests.NewReceived.Total,1\nx,2021,Requests,NewReceived,Total,Requests.NewReceived.Total,2\n", "CSV 3:1: cell Requests.NewReceived.Total of report 'x' was already given at 2:1")]
    [InlineData(Header + "\"x,2021,Requests\n", "CSV 2:1: the quoted field is not closed")]
    [InlineData(Header + "\"x\"y,2021\n", "CSV 2:4: a comma or the end of the line was expected after the closing quote")]
    public void Bad_input_is_refused_with_its_position_and_what_was_expected(string csv, string message)
    {
        var error = Assert.Throws<FormatException>(() => CsvReportReader.Read(csv, ReportTemplates.Catalog));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    private const string Header = "report,version,table,row,column,key,value\n";
}

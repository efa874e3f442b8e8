using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReportSchemaKit.GovInfo.Json;
using ReportSchemaKit.GovInfo.V2021;
using ReportSchemaKit.Rendering;
using ReportSchemaKit.Reports;

namespace ReportSchemaKit.GovInfo.Tests.Rendering;

/// <summary>JSON through the source-generated contexts: canonical ids, null blanks, strict reading.</summary>
public sealed class JsonTests
{
    [Fact]
    public void Properties_are_the_canonical_ids_and_a_blank_cell_is_null()
    {
        var report = RenderFixtures.Distinct2021("Requests.PartiallyDisclosed.Research");

        using var json = JsonDocument.Parse(ReportJson.Serialize(report, GovInfoJson.Options));

        var root = json.RootElement;
        Assert.Equal(GovInfoReport2021.TemplateInfo.Tables.Select(t => t.Id), root.EnumerateObject().Select(p => p.Name));
        foreach (var cell in GovInfoReport2021.TemplateInfo.Cells)
        {
            var value = root.GetProperty(cell.Table.Id).GetProperty(cell.Row.Id).GetProperty(cell.Column.Id);
            Assert.Equal(report.GetValue(cell.Ordinal), value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal());
        }

        Assert.Equal(JsonValueKind.Null, root.GetProperty("Requests").GetProperty("PartiallyDisclosed").GetProperty("Research").ValueKind);
    }

    [Fact]
    public void Every_version_of_the_catalog_has_json_metadata()
    {
        Assert.All(ReportTemplates.Catalog.Registrations, registration =>
            Assert.True(GovInfoJson.Options.TryGetTypeInfo(registration.ReportType, out _),
                $"{registration.ReportType.Name} has no JSON metadata: add a GovInfo{registration.Template.Version}JsonContext to src/ReportSchemaKit.GovInfo.Json and combine it in GovInfoJson.Options"));
    }

    [Theory]
    [InlineData("Requests", "NewRecieved", "{}", "NewRecieved")]
    [InlineData("", "Requests", "null", "Requests")]
    [InlineData("Requests.NewReceived", "Total", "1.5", "$.Requests.NewReceived.Total")]
    [InlineData("Requests.NewReceived", "Total", "\"1\"", "$.Requests.NewReceived.Total")]
    public void Reading_is_strict_and_says_where(string objectPath, string member, string value, string where)
    {
        // A complete document with one member set, so only that member is wrong.
        var json = JsonNode.Parse(ReportJson.Serialize(RenderFixtures.Distinct2021(), GovInfoJson.Options))!;
        var target = objectPath.Split('.', StringSplitOptions.RemoveEmptyEntries).Aggregate(json, (node, part) => node[part]!);
        target[member] = JsonNode.Parse(value);

        var error = Assert.Throws<JsonException>(() => ReportJson.Deserialize<GovInfoReport2021>(json.ToJsonString(), GovInfoJson.Options));

        Assert.Contains(where, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_document_is_refused()
    {
        var error = Assert.Throws<JsonException>(() => ReportJson.Deserialize<GovInfoReport2021>("null", GovInfoJson.Options));

        Assert.Equal("The JSON is null; an object of GovInfoReport2021 was expected.", error.Message);
    }

    [Theory]
    [InlineData("Art20Item1")]
    [InlineData("Requests.NewReceived")]
    [InlineData("Requests.NewReceived.Total")]
    public void A_table_row_or_cell_left_out_is_refused_rather_than_read_as_null(string path)
    {
        var json = JsonNode.Parse(ReportJson.Serialize(RenderFixtures.Distinct2021(), GovInfoJson.Options))!;
        var parts = path.Split('.');
        var parent = parts[..^1].Aggregate(json, (node, part) => node[part]!);
        parent.AsObject().Remove(parts[^1]);

        var error = Assert.Throws<JsonException>(() => ReportJson.Deserialize<GovInfoReport2021>(json.ToJsonString(), GovInfoJson.Options));

        Assert.Contains("'" + parts[^1] + "'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_renderer_asks_for_json_options_and_names_what_is_missing()
    {
        var report = RenderFixtures.Distinct2021();

        var missing = Assert.Throws<InvalidOperationException>(() => report.Render(RenderFormat.Json));
        var foreign = Assert.Throws<InvalidOperationException>(() => report.Render(RenderFormat.Json, new RenderOptions { Json = GovInfo2019JsonContext.Default.Options }));

        Assert.Contains("GovInfoJson.Options", missing.Message, StringComparison.Ordinal);
        Assert.Contains("[JsonSerializable(typeof(GovInfoReport2021))]", foreign.Message, StringComparison.Ordinal);
        Assert.Equal(ReportJson.Serialize(report, GovInfoJson.Options), report.Render(RenderFormat.Json, new RenderOptions { Json = GovInfoJson.Options }));
    }
}

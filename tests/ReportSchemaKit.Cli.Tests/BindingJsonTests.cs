using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ReportSchemaKit.Cli.Tests.Infrastructure;

namespace ReportSchemaKit.Cli.Tests;

/// <summary>
/// <c>parse --format json</c> lists every cell with its state and the evidence that bound it, so a user can keep only
/// the cells bound on the evidence they trust; the summary counts them.
/// </summary>
public sealed class BindingJsonTests
{
    [Fact]
    public void A_row_whose_label_was_lost_says_order_and_the_others_say_label()
    {
        using var folder = new TempFolder();
        var path = LabelLostReport.WriteTo(folder);

        var run = Reportkit.Run("parse", "--format", "json", path);

        Assert.True(run.ExitCode == 0, run.ToString());
        var cells = Cells(run.Output);
        Assert.Equal(200, cells.Count);
        var lost = cells.Where(c => c.Key.StartsWith(LabelLostReport.Row + ".", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(7, lost.Count);
        Assert.All(lost, c => Assert.Equal(("value", "order"), (c.Value.GetProperty("state").GetString(), c.Value.GetProperty("binding").GetString())));
        var disclosed = cells["Requests.Disclosed.NaturalPerson"];
        Assert.Equal(("value", "label", "0", 160), (disclosed.GetProperty("state").GetString(), disclosed.GetProperty("binding").GetString(),
            disclosed.GetProperty("raw").GetString(), disclosed.GetProperty("line").GetInt32()));
        Assert.Equal(7, cells.Values.Count(c => c.GetProperty("binding").GetString() == "order"));
    }

    [Fact]
    public void A_missing_cell_has_a_null_binding_and_a_blank_one_says_how_it_was_placed()
    {
        var run = Reportkit.Run("parse", "--format", "json", Corpus.PathOf("2023-tuoli-f2021-lines.txt"));

        Assert.True(run.ExitCode == 0, run.ToString());
        var cells = Cells(run.Output);

        // tuoli prints no row 3.其他 of section 三, and leaves one cell blank.
        var missing = cells["Requests.OtherMisc.Total"];
        Assert.Equal("missing", missing.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, missing.GetProperty("binding").ValueKind);
        Assert.False(missing.TryGetProperty("line", out _), "a missing cell stands nowhere");
        var blank = cells["Requests.PartiallyDisclosed.Research"];
        Assert.Equal(("blank", "label"), (blank.GetProperty("state").GetString(), blank.GetProperty("binding").GetString()));
        Assert.Equal(
            cells.Values.Count(c => c.GetProperty("state").GetString() == "missing"),
            cells.Values.Count(c => c.GetProperty("binding").ValueKind == JsonValueKind.Null));
    }

    [Fact]
    public void A_pdf_cell_names_its_page_and_a_kept_column_says_column_position()
    {
        var run = Reportkit.Run("parse", "--format", "json", Corpus.PathOf("2024-hongze-f2021.pdf"));

        Assert.True(run.ExitCode == 0, run.ToString());
        var cells = Cells(run.Output);
        Assert.All(cells.Values, c => Assert.True(c.GetProperty("page").GetInt32() >= 1, c.ToString()));
        Assert.Contains(cells.Values, c => c.GetProperty("binding").GetString() == "column-position");
    }

    [Fact]
    public void The_summary_counts_the_cells_of_each_binding()
    {
        using var folder = new TempFolder();
        var path = LabelLostReport.WriteTo(folder);

        var run = Reportkit.Run("parse", path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"bound: \d+ by label, \d+ by column position, 7 by order, 0 by rules", run.Output);
    }

    [Fact]
    public void A_finding_names_the_binding_of_each_cell_its_rule_read()
    {
        using var folder = new TempFolder();
        var path = LabelLostReport.WriteTo(folder);

        var run = Reportkit.Run("validate", "--format", "json", path);

        // jinshan's results total says 1 where its result rows add to 0, with or without the lost label.
        Assert.True(run.ExitCode == 1, run.ToString());
        using var document = JsonDocument.Parse(run.Output);
        var finding = document.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("where").GetString() == "Requests.*.Total");
        var bindings = finding.GetProperty("cells").EnumerateArray()
            .ToDictionary(c => c.GetProperty("key").GetString()!, c => c.GetProperty("binding").GetString());
        Assert.Equal("order", bindings[LabelLostReport.Row + ".Total"]);
        Assert.Equal("label", bindings["Requests.Disclosed.Total"]);
        Assert.Equal(1, bindings.Values.Count(b => b == "order"));
    }

    /// <summary>The <c>cells</c> array of one file's JSON, by key.</summary>
    private static Dictionary<string, JsonElement> Cells(string output)
    {
        using var document = JsonDocument.Parse(output);
        return document.RootElement.GetProperty("cells").EnumerateArray()
            .ToDictionary(c => c.GetProperty("key").GetString()!, c => c.Clone());
    }
}

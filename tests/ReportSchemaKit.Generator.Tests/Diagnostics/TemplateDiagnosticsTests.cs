using System.Linq;
using Microsoft.CodeAnalysis;
using ReportSchemaKit.Generator.Tests.Infrastructure;

namespace ReportSchemaKit.Generator.Tests.Diagnostics;

/// <summary>Each diagnostic the YAML can cause: its id, where it points, and that it says what to write instead.</summary>
public sealed class TemplateDiagnosticsTests
{
    private const string File = "/templates/test-family/1.yaml";

    [Fact]
    public void A_valid_template_gives_no_diagnostics_and_compiles_cleanly()
    {
        var outcome = GeneratorHarness.Run((File, TestTemplates.Minimal));

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompilationProblems);
        Assert.Equal(ReportTemplateGenerator.VersionTemplates.Count + 1, outcome.Sources.Count);
    }

    [Fact]
    public void RSK0001_broken_yaml_syntax_is_located()
    {
        var yaml = TestTemplates.MinimalWith("label: Alpha", "label: [Alpha");

        var diagnostic = Run(yaml).Single("RSK0001");

        Assert.Equal(File, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(YamlPositions.Of(yaml, "[Alpha").Line, YamlPositions.Start(diagnostic).Line);
        Assert.Contains("not valid YAML", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void RSK0002_unknown_key_suggests_the_nearest_key_and_lists_the_valid_ones()
    {
        var yaml = TestTemplates.MinimalWith("label: Alpha", "lable: Alpha");

        var diagnostic = Run(yaml).Single("RSK0002");

        Assert.Equal(YamlPositions.Of(yaml, "lable"), YamlPositions.Start(diagnostic));
        Assert.Equal("Unknown key 'lable' in a column; did you mean 'label'? A column takes: id, label, variants, description, type, scale, unit", diagnostic.GetMessage());
    }

    [Fact]
    public void RSK0002_unknown_top_level_key()
    {
        var yaml = TestTemplates.MinimalWith("title: Test format", "title: Test format\nauthor: me");

        var diagnostic = Run(yaml).Single("RSK0002");

        Assert.Equal(YamlPositions.Of(yaml, "author"), YamlPositions.Start(diagnostic));
        Assert.Contains("The template takes: family, version, title", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void RSK0003_missing_required_key_points_at_the_mapping_that_lacks_it()
    {
        var yaml = TestTemplates.MinimalWith("          - id: Total\n            label: 总计\n", "          - id: Total\n");

        var diagnostic = Run(yaml).Single("RSK0003");

        Assert.Equal(YamlPositions.Of(yaml, "id: Total"), YamlPositions.Start(diagnostic));
        Assert.StartsWith("A column needs the key 'label': the column header as printed", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void RSK0004_a_word_outside_its_set_names_the_allowed_words()
    {
        var yaml = TestTemplates.MinimalWith("type: decimal", "type: decimall");

        var diagnostic = Run(yaml).Single("RSK0004");

        Assert.Equal(YamlPositions.Of(yaml, "decimall"), YamlPositions.Start(diagnostic));
        Assert.Equal("'type' must be one of count, signed-count, decimal; found 'decimall' (did you mean 'decimal'?)", diagnostic.GetMessage());
    }

    [Fact]
    public void RSK0004_a_list_where_a_text_belongs()
    {
        var yaml = TestTemplates.MinimalWith("label: Beta", "label: [Beta, Gamma]");

        var diagnostic = Run(yaml).Single("RSK0004");

        Assert.Equal(YamlPositions.Of(yaml, "[Beta"), YamlPositions.Start(diagnostic));
        Assert.Equal("'label' must be a single text value; found a list", diagnostic.GetMessage());
    }

    [Fact]
    public void RSK0004_years_that_run_backwards()
    {
        var yaml = TestTemplates.MinimalWith("{ from: 2020, to: 2021 }", "{ from: 2022, to: 2021 }");

        var diagnostic = Run(yaml).Single("RSK0004");

        Assert.Equal(YamlPositions.Of(yaml, "2021 }"), YamlPositions.Start(diagnostic));
        Assert.Equal("'to' (2021) must not come before 'from' (2022)", diagnostic.GetMessage());
    }

    [Fact]
    public void RSK0004_scale_on_a_count_column()
    {
        var yaml = TestTemplates.MinimalWith("label: Alpha", "label: Alpha\n            scale: 2");

        var diagnostic = Run(yaml).Single("RSK0004");

        Assert.Equal(YamlPositions.Of(yaml, "2\n"), YamlPositions.Start(diagnostic));
        Assert.Contains("'scale' applies to decimal cells only", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void RSK0005_duplicate_row_id_points_at_the_second_use()
    {
        var yaml = TestTemplates.MinimalWith("id: Second", "id: First");

        var diagnostic = Run(yaml).Single("RSK0005");

        Assert.Equal(YamlPositions.Of(yaml, "First", occurrence: 2), YamlPositions.Start(diagnostic));
        Assert.Equal("The row id 'First' is already used in this table; give each row its own id", diagnostic.GetMessage());
    }

    [Fact]
    public void RSK0005_duplicate_rule_id()
    {
        var yaml = TestTemplates.MinimalWith("id: counts.first", "id: counts.total");

        var diagnostic = Run(yaml).Single("RSK0005");

        Assert.Equal(YamlPositions.Of(yaml, "counts.total", occurrence: 2), YamlPositions.Start(diagnostic));
    }

    [Fact]
    public void RSK0006_an_id_that_is_not_pascal_case()
    {
        var yaml = TestTemplates.MinimalWith("id: First", "id: first-row");

        var diagnostic = Run(yaml).Single("RSK0006");

        Assert.Equal(YamlPositions.Of(yaml, "first-row"), YamlPositions.Start(diagnostic));
        Assert.Equal("The row id 'first-row' cannot be used: ids are PascalCase letters and digits, starting with a capital letter (for example NewReceived)", diagnostic.GetMessage());
    }

    [Fact]
    public void RSK0006_an_id_that_generated_code_already_uses()
    {
        var yaml = TestTemplates.MinimalWith("id: Money", "id: TemplateInfo").Replace("Money.Fees.Amount", "TemplateInfo.Fees.Amount", System.StringComparison.Ordinal);

        var diagnostic = Run(yaml).Single("RSK0006");

        Assert.Equal(YamlPositions.Of(yaml, "TemplateInfo"), YamlPositions.Start(diagnostic));
        Assert.Contains("generated code already uses that name", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void RSK0007_a_rule_naming_a_column_that_does_not_exist()
    {
        var yaml = TestTemplates.MinimalWith("assert: Total == A + B", "assert: Total == A + Bet");

        var diagnostic = Run(yaml).Single("RSK0007");

        Assert.Equal(YamlPositions.Of(yaml, "Bet\n"), YamlPositions.Start(diagnostic));
        Assert.Equal("Rule 'counts.total' names 'Bet', which is not a column of table Counts. Did you mean 'B'?", diagnostic.GetMessage());
    }

    [Fact]
    public void RSK0007_a_rule_naming_a_table_that_does_not_exist()
    {
        var yaml = TestTemplates.MinimalWith("    table: Counts\n    each: row", "    table: Count\n    each: row");

        var diagnostic = Run(yaml).Single("RSK0007");

        Assert.Equal(YamlPositions.Of(yaml, "Count\n"), YamlPositions.Start(diagnostic));
        Assert.Equal("Rule 'counts.total' names 'Count', which is not a table of this template. Did you mean 'Counts'?", diagnostic.GetMessage());
    }

    [Fact]
    public void RSK0007_a_full_key_with_an_unknown_row()
    {
        var yaml = TestTemplates.MinimalWith("Counts.First.Total", "Counts.Third.Total");

        var diagnostic = Run(yaml).Single("RSK0007");

        Assert.Equal(YamlPositions.Of(yaml, "Counts.Third"), YamlPositions.Start(diagnostic));
        Assert.Contains("Table Counts has no row 'Third'", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void RSK0007_previous_without_across()
    {
        var yaml = TestTemplates.MinimalWith("    across: previous-year\n", string.Empty);

        var diagnostic = Run(yaml).Single("RSK0007");

        Assert.Equal(YamlPositions.Of(yaml, "previous.Second"), YamlPositions.Start(diagnostic));
        Assert.Contains("add 'across: previous-year'", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void RSK0008_a_single_equals_sign()
    {
        var yaml = TestTemplates.MinimalWith("assert: Total == A + B", "assert: Total = A + B");

        var diagnostic = Run(yaml).Single("RSK0008");

        Assert.Equal(YamlPositions.Of(yaml, "= A + B"), YamlPositions.Start(diagnostic));
        Assert.Equal("Rule 'counts.total': write '==' to compare, not '='. Write an assertion such as 'Total == A + B' or 'Total == sum(First..Last)'", diagnostic.GetMessage());
    }

    [Fact]
    public void RSK0008_an_unknown_function()
    {
        var yaml = TestTemplates.MinimalWith("sum(First..Second)", "avg(First..Second)");

        var diagnostic = Run(yaml).Single("RSK0008");

        Assert.Equal(YamlPositions.Of(yaml, "avg"), YamlPositions.Start(diagnostic));
        Assert.Contains("unknown function 'avg'", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void RSK0009_header_spans_that_do_not_cover_the_printed_columns()
    {
        var yaml = TestTemplates.MinimalWith("{ text: 右, colSpan: 2 }", "{ text: 右, colSpan: 1 }");

        var diagnostic = Run(yaml).Single("RSK0009");

        Assert.Equal(YamlPositions.Of(yaml, "- [{ text: 左").Line, YamlPositions.Start(diagnostic).Line);
        Assert.Equal("Table 'Flat': header row 1 covers 3 of the table's 4 value columns (2 rows × 2 columns printed on one line); make the spans add up", diagnostic.GetMessage());
    }

    [Fact]
    public void RSK0010_two_files_declaring_one_version()
    {
        var outcome = GeneratorHarness.Run((File, TestTemplates.Minimal), ("/templates/copy/1.yaml", TestTemplates.Minimal));

        var diagnostic = outcome.Single("RSK0010");

        Assert.Equal("/templates/test-family/1.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("is also declared in '/templates/copy/1.yaml'", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Empty(outcome.CompilationProblems);
    }

    [Fact]
    public void RSK0013_a_copied_template_with_a_new_version_but_the_same_generated_type()
    {
        const string codegen = "codegen: { namespace: Consumer.Test, reportType: TestReport }\n";
        var original = codegen + TestTemplates.Minimal;
        var copy = codegen + TestTemplates.Minimal.Replace("version: \"1\"", "version: \"2\"", System.StringComparison.Ordinal);

        var outcome = GeneratorHarness.Run((File, original), ("/templates/test-family/2.yaml", copy));

        var diagnostic = outcome.Single("RSK0013");
        Assert.Equal("/templates/test-family/2.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(
            "Template test-family version 2 would generate Consumer.Test.TestReport, which '/templates/test-family/1.yaml' generates too; give this file codegen names of its own (codegen: { namespace: …, reportType: … })",
            diagnostic.GetMessage());
        Assert.Empty(outcome.CompilationProblems);
    }

    [Fact]
    public void RSK0011_two_rows_a_parser_could_not_tell_apart()
    {
        var yaml = TestTemplates.MinimalWith("label: 右\n", "label: 右\n            variants: [ 左 ]\n");

        var diagnostic = Run(yaml).Single("RSK0011");

        Assert.Equal("In table 'Flat' the label '左' of row 'Right' also belongs to row 'Left'; a parser could not tell them apart", diagnostic.GetMessage());
        Assert.Equal(YamlPositions.Of(yaml, "id: Right"), YamlPositions.Start(diagnostic));
    }

    [Fact]
    public void A_broken_file_does_not_stop_the_valid_one()
    {
        var broken = TestTemplates.MinimalWith("version: \"1\"", "version: \"2\"").Replace("label: Alpha", "lable: Alpha", System.StringComparison.Ordinal);

        var outcome = GeneratorHarness.Run((File, TestTemplates.Minimal), ("/templates/test-family/2.yaml", broken));

        Assert.Equal("/templates/test-family/2.yaml", outcome.Single("RSK0002").Location.GetLineSpan().Path);
        Assert.Contains(outcome.Sources, s => s.HintName == "Consumer.TestFamily.V1.TestFamilyReport1.Model.g.cs");
        Assert.DoesNotContain(outcome.Sources, s => s.HintName.Contains("V2", System.StringComparison.Ordinal));
    }

    [Fact]
    public void RSK0014_a_claim_naming_a_cell_that_does_not_exist()
    {
        var yaml = TestTemplates.MinimalWith("value: Counts.First.Total + Counts.Second.Total", "value: Counts.First.Total + Counts.Second.Totl");

        var diagnostic = Run(yaml).Single("RSK0014");

        Assert.Equal(YamlPositions.Of(yaml, "Counts.Second.Totl"), YamlPositions.Start(diagnostic));
        Assert.Equal("Claim 'stated.total' names 'Counts.Second.Totl', which is not a cell key. Table Counts has no column 'Totl'", diagnostic.GetMessage());
    }

    [Fact]
    public void RSK0014_a_claim_value_must_be_a_full_key()
    {
        var yaml = TestTemplates.MinimalWith("value: Counts.First.Total\n", "value: Total\n");

        var diagnostic = Run(yaml).Single("RSK0014");

        Assert.Equal(YamlPositions.Of(yaml, "Total\n    phrases: [第一项]"), YamlPositions.Start(diagnostic));
        Assert.Contains("write keys as Table.Row.Column", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void RSK0015_a_claim_value_with_a_comparison()
    {
        var yaml = TestTemplates.MinimalWith("value: Counts.First.Total\n", "value: Counts.First.Total == 3\n");

        var diagnostic = Run(yaml).Single("RSK0015");

        Assert.Equal(YamlPositions.Of(yaml, "== 3"), YamlPositions.Start(diagnostic));
        Assert.Equal("Claim 'stated.first': unexpected '=': a claim's value is the cells the figure must equal, without a comparison. Write the cells the figure must equal, such as 'Requests.NewReceived.Total + Requests.CarriedOver.Total'", diagnostic.GetMessage());
    }

    [Fact]
    public void RSK0015_places_in_a_claim_value()
    {
        var yaml = TestTemplates.MinimalWith("value: Counts.First.Total\n", "value: places(Counts.First.Total)\n");

        var diagnostic = Run(yaml).Single("RSK0015");

        Assert.Equal(YamlPositions.Of(yaml, "places(Counts"), YamlPositions.Start(diagnostic));
        Assert.Contains("a stated figure equals cells, not their places", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("第2项", "contains a digit; the stated figure follows the phrase and is not part of it")]
    [InlineData("…第一项", "starts or ends with '…'; a gap stands between words")]
    [InlineData("第一项，其中", "contains the clause break '，'; a figure is only bound to a phrase of its own clause")]
    [InlineData("第一……项", "has two gaps in a row; write one '…'")]
    public void RSK0016_a_phrase_that_cannot_be_matched(string phrase, string problem)
    {
        var yaml = TestTemplates.MinimalWith("phrases: [第一项]", $"phrases: [{phrase}]");

        var diagnostic = Run(yaml).Single("RSK0016");

        Assert.Equal(YamlPositions.Of(yaml, phrase + "]"), YamlPositions.Start(diagnostic));
        Assert.Equal($"Claim 'stated.first': the phrase '{phrase}' {problem}", diagnostic.GetMessage());
    }

    [Fact]
    public void RSK0016_a_wording_of_two_claims_is_reported_at_its_second_use()
    {
        var yaml = TestTemplates.MinimalWith("phrases: [第一项]", "phrases: [项目总数]");

        var diagnostic = Run(yaml).Single("RSK0016");

        Assert.Equal(YamlPositions.Of(yaml, "项目总数]", occurrence: 2), YamlPositions.Start(diagnostic));
        Assert.Equal("Claim 'stated.first': the phrase '项目总数' is also a wording of claim 'stated.total'; one wording cannot state two figures", diagnostic.GetMessage());
    }

    [Fact]
    public void RSK0005_duplicate_claim_id()
    {
        var yaml = TestTemplates.MinimalWith("id: stated.first", "id: stated.total");

        var diagnostic = Run(yaml).Single("RSK0005");

        Assert.Equal(YamlPositions.Of(yaml, "stated.total", occurrence: 2), YamlPositions.Start(diagnostic));
        Assert.Equal("The claim id 'stated.total' is already used by another claim; give each claim its own id", diagnostic.GetMessage());
    }

    [Fact]
    public void RSK0002_unknown_key_in_a_claim()
    {
        var yaml = TestTemplates.MinimalWith("notAfter: [上期]", "notAftr: [上期]");

        var diagnostic = Run(yaml).Single("RSK0002");

        Assert.Equal(YamlPositions.Of(yaml, "notAftr"), YamlPositions.Start(diagnostic));
        Assert.Equal("Unknown key 'notAftr' in a claim; did you mean 'notAfter'? A claim takes: id, label, value, phrases, zero, notAfter, description", diagnostic.GetMessage());
    }

    private static GeneratorOutcome Run(string yaml)
    {
        var outcome = GeneratorHarness.Run((File, yaml));
        Assert.All(outcome.GeneratorDiagnostics, d => Assert.StartsWith("RSK", d.Id, System.StringComparison.Ordinal));
        Assert.True(outcome.GeneratorDiagnostics.All(d => d.Severity == DiagnosticSeverity.Error));
        return outcome;
    }
}

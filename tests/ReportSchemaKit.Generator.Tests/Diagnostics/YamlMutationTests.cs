using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using ReportSchemaKit.Generator.Tests.Infrastructure;
using static ReportSchemaKit.Generator.Tests.Diagnostics.YamlMutations;

namespace ReportSchemaKit.Generator.Tests.Diagnostics;

/// <summary>
/// The official templates damaged in every way a hand edit can: the generator answers each with located
/// RSK diagnostics (or, where the damage is harmless, with output) and never crashes.
/// </summary>
public sealed class YamlMutationTests
{
    public static TheoryData<string> Templates() => new(GeneratorHarness.OfficialTemplates().Select(t => Path.GetFileName(t.Path)));

    [Theory]
    [MemberData(nameof(Templates))]
    public void Each_key_removed_gives_diagnostics_or_output_never_a_crash(string template)
    {
        var mutations = KeysRemoved(Official(template)).ToList();
        Assert.True(mutations.Count > 50, $"only {mutations.Count} mutations");
        foreach (var mutation in mutations)
        {
            var outcome = RunChecked(template, mutation);
            Assert.True(outcome.Sources.Count > 0 || Errors(outcome).Count > 0, $"{mutation}: neither output nor an error");
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Each_value_of_the_wrong_type_is_an_error(string template)
    {
        var mutations = WrongTypes(Official(template)).ToList();
        Assert.True(mutations.Count > 50, $"only {mutations.Count} mutations");
        foreach (var mutation in mutations)
        {
            var outcome = RunChecked(template, mutation);
            Assert.True(Errors(outcome).Count > 0, $"{mutation}: no error");
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Each_item_with_an_id_doubled_is_a_duplicate_id(string template)
    {
        var mutations = ListItemsDoubled(Official(template)).ToList();
        Assert.True(mutations.Count > 50, $"only {mutations.Count} mutations");
        foreach (var mutation in mutations)
        {
            var outcome = RunChecked(template, mutation);
            Assert.True(outcome.GeneratorDiagnostics.Any(d => d.Id == "RSK0005"), $"{mutation}: no RSK0005 among {string.Join("; ", outcome.GeneratorDiagnostics)}");
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Each_id_in_a_rule_that_names_nothing_is_located_on_its_line(string template)
    {
        var mutations = RuleIdsDangling(Official(template)).ToList();
        Assert.NotEmpty(mutations);
        foreach (var mutation in mutations)
        {
            var outcome = RunChecked(template, mutation);
            var dangling = outcome.GeneratorDiagnostics.Where(d => d.Id == "RSK0007").ToList();
            Assert.True(dangling.Count > 0, $"{mutation}: no RSK0007 among {string.Join("; ", outcome.GeneratorDiagnostics)}");
            Assert.Contains(mutation.Line, dangling.Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1));
        }
    }

    private static string Official(string template) =>
        GeneratorHarness.OfficialTemplates().Single(t => Path.GetFileName(t.Path) == template).Yaml;

    private static List<Diagnostic> Errors(GeneratorOutcome outcome) =>
        outcome.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    // Every run: no exception out of the generator, only RSK diagnostics, each located inside the file.
    private static GeneratorOutcome RunChecked(string template, Mutation mutation)
    {
        string path = "/templates/gov-info-disclosure/" + template;
        var outcome = GeneratorHarness.Run((path, mutation.Yaml));
        if (outcome.Result.Results.FirstOrDefault(r => r.Exception is not null).Exception is { } thrown)
        {
            Assert.Fail($"{mutation}: the generator threw {thrown}");
        }

        int lineCount = mutation.Yaml.Split('\n').Length;
        foreach (var diagnostic in outcome.GeneratorDiagnostics)
        {
            Assert.True(diagnostic.Id.StartsWith("RSK", StringComparison.Ordinal), $"{mutation}: {diagnostic}");
            var span = diagnostic.Location.GetLineSpan();
            Assert.True(span.Path == path && span.StartLinePosition.Line < lineCount, $"{mutation}: {diagnostic} is not located in the template");
        }

        return outcome;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ReportSchemaKit.Generator.Emitting;
using ReportSchemaKit.Generator.Tests.Infrastructure;

namespace ReportSchemaKit.Generator.Tests.Caching;

/// <summary>The incremental pipeline redoes only what an edit touches.</summary>
public sealed class IncrementalCachingTests
{
    [Fact]
    public void Editing_one_template_leaves_the_other_versions_output_cached()
    {
        var (v2019, v2021) = OfficialFiles();
        var edited = new InMemoryAdditionalText(v2021.Path, v2021.GetText()!.ToString().Replace("title: 政府信息公开工作年度报告（2021年格式）", "title: 政府信息公开工作年度报告（2021年版）", StringComparison.Ordinal));

        var (_, second) = RunTwice([v2019, v2021], driver => driver.ReplaceAdditionalText(v2021, edited));

        var rendered = RenderedByVersion(second);
        Assert.Equal(IncrementalStepRunReason.Modified, rendered["2021"]);
        Assert.Contains(rendered["2019"], new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged });
        Assert.Contains(second.Results.Single().GeneratedSources, s => s.SourceText.ToString().Contains("（2021年版）", StringComparison.Ordinal));
    }

    [Fact]
    public void Editing_a_claim_re_renders_its_version_alone()
    {
        var (v2019, v2021) = OfficialFiles();
        var text = v2021.GetText()!.ToString();
        var edited = new InMemoryAdditionalText(v2021.Path, text.Replace("phrases: [上年结转政府信息公开申请, 上年结转, 上年度结转]", "phrases: [上年结转政府信息公开申请, 上年结转, 上年度结转, 上一年度结转]", StringComparison.Ordinal));
        Assert.NotEqual(text, edited.GetText().ToString());

        var (_, second) = RunTwice([v2019, v2021], driver => driver.ReplaceAdditionalText(v2021, edited));

        var rendered = RenderedByVersion(second);
        Assert.Equal(IncrementalStepRunReason.Modified, rendered["2021"]);
        Assert.Contains(rendered["2019"], new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged });
        Assert.Contains(second.Results.Single().GeneratedSources, s => s.HintName.EndsWith("V2021.GovInfoReport2021.Template.g.cs", StringComparison.Ordinal) && s.SourceText.ToString().Contains("\"上一年度结转\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_comment_in_the_claims_emits_nothing_new()
    {
        var (v2019, v2021) = OfficialFiles();
        var text = v2021.GetText()!.ToString();
        var commented = new InMemoryAdditionalText(v2021.Path, text.Replace("claims:\n", "claims: # reviewed\n", StringComparison.Ordinal));
        Assert.NotEqual(text, commented.GetText().ToString());

        var (_, second) = RunTwice([v2019, v2021], driver => driver.ReplaceAdditionalText(v2021, commented));

        Assert.All(RenderedByVersion(second).Values, reason => Assert.Contains(reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
    }

    [Fact]
    public void A_comment_only_edit_emits_nothing_new()
    {
        var (v2019, v2021) = OfficialFiles();
        var text = v2021.GetText()!.ToString();
        var commented = new InMemoryAdditionalText(v2021.Path, text.Replace("sections:\n", "# A reviewer's note.\nsections:\n", StringComparison.Ordinal) + "\n# trailing comment\n");
        Assert.NotEqual(text, commented.GetText().ToString());

        var (_, second) = RunTwice([v2019, v2021], driver => driver.ReplaceAdditionalText(v2021, commented));

        var result = second.Results.Single();
        var parse = result.TrackedSteps[TrackingNames.ParseResults].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Contains(IncrementalStepRunReason.Unchanged, parse);
        Assert.All(RenderedByVersion(second).Values, reason => Assert.Contains(reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, reason => Assert.Contains(reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
    }

    [Fact]
    public void A_second_run_with_no_change_is_cached_throughout()
    {
        var (v2019, v2021) = OfficialFiles();

        var (_, second) = RunTwice([v2019, v2021], driver => driver);

        var result = second.Results.Single();
        var reasons = result.TrackedSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void Every_pipeline_value_is_equatable_by_value()
    {
        // A reference-equal-only type anywhere in the specs would defeat the cache silently.
        var (v2019, v2021) = OfficialFiles();
        var (first, second) = RunTwice([v2019, v2021], driver => driver);

        var firstValues = first.Results.Single().TrackedSteps[TrackingNames.RenderedTemplates].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
        var parsedAgain = GeneratorHarness.Run(GeneratorHarness.OfficialTemplates()).Result.Results.Single().TrackedSteps[TrackingNames.RenderedTemplates].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();

        Assert.Equal(2, firstValues.Count);
        Assert.Equal(firstValues, parsedAgain);
        Assert.NotNull(second);
    }

    private static (AdditionalText V2019, AdditionalText V2021) OfficialFiles()
    {
        var files = GeneratorHarness.OfficialTemplates();
        return (new InMemoryAdditionalText(files[0].Path, files[0].Yaml), new InMemoryAdditionalText(files[1].Path, files[1].Yaml));
    }

    private static (GeneratorDriverRunResult First, GeneratorDriverRunResult Second) RunTwice(AdditionalText[] files, Func<GeneratorDriver, GeneratorDriver> edit)
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        var first = driver.GetRunResult();
        driver = edit(driver).RunGenerators(compilation.Clone());
        return (first, driver.GetRunResult());
    }

    private static Dictionary<string, IncrementalStepRunReason> RenderedByVersion(GeneratorDriverRunResult run) =>
        run.Results.Single().TrackedSteps[TrackingNames.RenderedTemplates]
            .SelectMany(step => step.Outputs)
            .ToDictionary(output => ((RenderedTemplate)output.Value).Version, output => output.Reason);
}

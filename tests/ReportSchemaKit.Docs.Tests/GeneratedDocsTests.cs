using System;
using System.IO;
using System.Linq;
using ReportSchemaKit.GovInfo;
using ReportSchemaKit.Testing;

namespace ReportSchemaKit.Docs.Tests;

/// <summary>
/// generated-samples/docs is what the documentation generator makes of the schemas today. When it is not,
/// this fails and says which page and line differ; `bash scripts/update-docs.sh` (which sets
/// RSK_ACCEPT_SNAPSHOTS=1 for this test) rewrites the directory.
/// </summary>
public sealed class GeneratedDocsTests
{
    private const string Command = "bash scripts/update-docs.sh";

    private static string Directory => Path.Combine(RepositoryLocation.Root, "generated-samples", "docs");

    [Fact]
    public void The_committed_documentation_is_current()
    {
        var pages = TemplateDocumentation.Generate(ReportTemplates.Catalog.Templates);
        if (Environment.GetEnvironmentVariable("RSK_ACCEPT_SNAPSHOTS") == "1")
        {
            TemplateDocumentation.Write(Directory, pages);
        }

        var committed = System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.EnumerateFiles(Directory, "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()
            : [];
        var stale = committed.Except(pages.Select(p => p.Name)).ToList();
        Assert.True(stale.Count == 0, $"generated-samples/docs has pages no template makes any more ({string.Join(", ", stale)}); run `{Command}`.");
        foreach (var page in pages)
        {
            var path = Path.Combine(Directory, page.Name);
            Assert.True(File.Exists(path), $"generated-samples/docs/{page.Name} is missing; run `{Command}`.");
            var text = File.ReadAllText(path).ReplaceLineEndings("\n");
            Assert.True(text == page.Text, $"generated-samples/docs/{page.Name} is stale: {FirstDifference(text, page.Text)}Run `{Command}`.");
        }
    }

    private static string FirstDifference(string committed, string generated)
    {
        var a = committed.Split('\n');
        var b = generated.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end of file>";
            var right = i < b.Length ? b[i] : "<end of file>";
            if (left != right)
            {
                return $"line {i + 1} reads\n  {left}\nbut the schemas now make\n  {right}\n";
            }
        }

        return "they differ in line endings only. ";
    }
}

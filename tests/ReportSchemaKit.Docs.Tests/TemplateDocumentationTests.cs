using System;
using System.IO;
using System.Linq;
using ReportSchemaKit.GovInfo;

namespace ReportSchemaKit.Docs.Tests;

/// <summary>What the pages say, and how the set is written.</summary>
public sealed class TemplateDocumentationTests
{
    private static readonly DocumentationFile[] Pages = TemplateDocumentation.Generate(ReportTemplates.Catalog.Templates).ToArray();

    [Fact]
    public void The_set_is_an_index_a_page_per_version_and_the_difference_between_consecutive_versions()
    {
        Assert.Equal(["README.md", "gov-info-disclosure-2019.md", "gov-info-disclosure-2021.md", "gov-info-disclosure-diff-2019-2021.md"], Pages.Select(p => p.Name));
        Assert.All(Pages.Skip(1), page => Assert.Contains("](" + page.Name + ")", Pages[0].Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_version_page_lists_every_cell_with_its_type_and_labels_and_every_rule()
    {
        foreach (var template in ReportTemplates.Catalog.Templates)
        {
            var lines = Page($"gov-info-disclosure-{template.Version}.md").Split('\n');

            var cellRows = lines.Where(l => l.StartsWith("| `", StringComparison.Ordinal) && l.Split('|').Length == 6).ToList();
            Assert.Equal(template.Cells.Select(c => c.Key), cellRows.Select(l => l.Split('|')[1].Trim().Trim('`')));
            Assert.Equal(template.Rules.Select(r => r.Id), lines.Where(l => l.StartsWith("| `", StringComparison.Ordinal) && l.Split('|').Length == 7).Select(l => l.Split('|')[1].Trim().Trim('`')));
            Assert.Equal(template.Tables.Count, lines.Count(l => l.StartsWith("<table class=\"rsk-table\"", StringComparison.Ordinal)));
            Assert.Equal(template.Claims.Select(c => c.Id), lines.Where(l => l.StartsWith("| `", StringComparison.Ordinal) && l.Split('|').Length == 8).Select(l => l.Split('|')[1].Trim().Trim('`')));
        }

        var page = Page("gov-info-disclosure-2021.md");
        Assert.Contains("| `Art20Item8.Fees.Amount` | decimal, up to 4 places, in 万元 | 行政事业性收费 | 本年收费金额（单位：万元）（also: 本年收费金额（单位：万元，保留4位小数）；本年收费金额（万元）；本年收费金额） |", page, StringComparison.Ordinal);
        Assert.Contains("| `Requests.WithheldProhibitedByLaw.Commercial` | count | 三、本年度办理结果 › （三）不予公开 › 2.其他法律行政法规禁止公开（also: 2.其他法律行政止公开） | 法人或其他组织 › 商业企业 |", page, StringComparison.Ordinal);
        Assert.Contains("<th class=\"rsk-column\" colspan=\"10\">行政诉讼</th>", page, StringComparison.Ordinal);
        Assert.Contains("<td data-key=\"ReviewLitigation.LitigationAfterReview.Total\">LitigationAfterReview.Total</td>", page, StringComparison.Ordinal);
        Assert.Contains("| `continuity.in-force` | warning | each row of `Art20Item1`, against the same agency's report of the previous year | `InForce == previous.InForce + Issued - Repealed` |", page, StringComparison.Ordinal);
        Assert.Contains("| `litigation.total` | 政府信息公开行政诉讼 / lawsuits | `ReviewLitigation.DirectLitigation.Total + ReviewLitigation.LitigationAfterReview.Total` | 行政诉讼；被提起行政诉讼；提起行政诉讼 | 无政府信息公开行政复议、行政诉讼；", page, StringComparison.Ordinal);
        Assert.Contains("| `Art20Item5.OtherServices.Change` | signed count |", Page("gov-info-disclosure-2019.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_the_set_replaces_the_pages_and_removes_pages_it_no_longer_has()
    {
        var directory = Directory.CreateTempSubdirectory("rsk-docs-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "gov-info-disclosure-2017.md"), "an old version");
            File.WriteAllText(Path.Combine(directory, "README.md"), "stale");
            File.WriteAllText(Path.Combine(directory, "notes.txt"), "not a page");

            TemplateDocumentation.Write(directory, Pages);

            Assert.Equal([.. Pages.Select(p => p.Name), "notes.txt"], Directory.EnumerateFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal(Pages[0].Text, File.ReadAllText(Path.Combine(directory, "README.md")));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Page(string name) => Pages.Single(p => p.Name == name).Text;
}

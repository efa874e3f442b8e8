using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ReportSchemaKit.Docs.Diffing;
using ReportSchemaKit.Docs.Pages;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.Docs;

/// <summary>
/// The documentation of a set of template versions, from their descriptors alone: per version
/// <c>&lt;family&gt;-&lt;version&gt;.md</c>, per pair of consecutive versions of a family (by first report
/// year) <c>&lt;family&gt;-diff-&lt;from&gt;-&lt;to&gt;.md</c>, and a <c>README.md</c> index. Markdown with
/// the official layouts as HTML tables, which Markdown viewers draw with their spans.
/// </summary>
public static class TemplateDocumentation
{
    /// <summary>Every page, index first.</summary>
    public static IReadOnlyList<DocumentationFile> Generate(IEnumerable<ReportTemplate> templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var families = templates
            .GroupBy(t => t.Family, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(t => t.Identity.FirstYear).ThenBy(t => t.Version, StringComparer.Ordinal).ToList())
            .ToList();
        var pages = new List<DocumentationFile>();
        var versions = new List<IndexEntry>();
        var diffs = new List<IndexEntry>();
        foreach (var family in families)
        {
            foreach (var template in family)
            {
                var page = VersionPage.Create(template);
                pages.Add(new DocumentationFile(VersionFile(template), PageTemplates.Render("Version", page)));
                versions.Add(new IndexEntry { Family = template.Family, File = VersionFile(template), Version = template.Version, Years = page.Years, IssuedBy = page.IssuedBy });
            }

            foreach (var (from, to) in family.Zip(family.Skip(1)))
            {
                var page = Diff(from, to);
                pages.Add(page);
                diffs.Add(new IndexEntry { Family = from.Family, File = page.Name, From = from.Version, To = to.Version });
            }
        }

        pages.Insert(0, new DocumentationFile("README.md", PageTemplates.Render("Index", new IndexPage { Versions = versions, Diffs = diffs })));
        return pages;
    }

    /// <summary>
    /// The page of the differences between two versions of a family, <c>&lt;family&gt;-diff-&lt;from&gt;-&lt;to&gt;.md</c>;
    /// any two versions, not only consecutive ones.
    /// </summary>
    public static DocumentationFile Diff(ReportTemplate from, ReportTemplate to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var page = DiffPage.Create(TemplateDiffer.Compare(from, to), VersionFile(from), VersionFile(to));
        return new DocumentationFile($"{from.Family}-diff-{from.Version}-{to.Version}.md", PageTemplates.Render("Diff", page));
    }

    /// <summary>
    /// Writes the pages into the directory and deletes every other <c>.md</c> file there, so the directory
    /// holds exactly the set (a version removed from the schemas takes its page with it).
    /// </summary>
    public static void Write(string directory, IReadOnlyList<DocumentationFile> pages)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(pages);
        Directory.CreateDirectory(directory);
        var names = pages.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in Directory.EnumerateFiles(directory, "*.md").Where(path => !names.Contains(Path.GetFileName(path))))
        {
            File.Delete(stale);
        }

        foreach (var page in pages)
        {
            File.WriteAllText(Path.Combine(directory, page.Name), page.Text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
    }

    private static string VersionFile(ReportTemplate template) => $"{template.Family}-{template.Version}.md";
}

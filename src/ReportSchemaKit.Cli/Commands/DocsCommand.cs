using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using ReportSchemaKit.Docs;
using ReportSchemaKit.GovInfo;

namespace ReportSchemaKit.Cli.Commands;

/// <summary><c>reportkit docs [--out DIR]</c>: the documentation of every template version, from the templates themselves.</summary>
internal static class DocsCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo?>("--out") { Description = "Write the pages into this directory (new, empty, or a previous docs output: its other .md pages are removed) instead of printing them", HelpName = "DIR" };
        var command = new Command("docs", "Document every template version (its tables in the official layout, every cell's key, type and labels, every rule) and the differences between consecutive versions, as Markdown") { output };
        command.SetAction(result => Run(result.GetValue(output)));
        return command;
    }

    private static int Run(DirectoryInfo? output)
    {
        var pages = TemplateDocumentation.Generate(ReportTemplates.Catalog.Templates);
        if (output is null)
        {
            foreach (var page in pages)
            {
                Console.Out.WriteLine("# " + page.Name);
                Console.Out.Write(page.Text);
            }

            return ExitCodes.Success;
        }

        if (ForeignFiles(output, pages) is { } refusal)
        {
            Console.Error.WriteLine($"reportkit: {output.FullName}: {refusal}");
            return ExitCodes.InputError;
        }

        TemplateDocumentation.Write(output.FullName, pages);
        foreach (var page in pages)
        {
            Console.Out.WriteLine(Path.Combine(output.FullName, page.Name));
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// Writing the pages removes the directory's other .md files (a version dropped from the schemas takes its page
    /// along), so a directory is used only when it is empty or holds an earlier output: its README.md is our index.
    /// </summary>
    private static string? ForeignFiles(DirectoryInfo directory, System.Collections.Generic.IReadOnlyList<DocumentationFile> pages)
    {
        if (!directory.Exists || !directory.EnumerateFileSystemInfos().Any())
        {
            return null;
        }

        var index = Path.Combine(directory.FullName, "README.md");
        var firstLine = pages[0].Text.Split('\n')[0];
        return File.Exists(index) && File.ReadLines(index).FirstOrDefault() == firstLine
            ? null
            : "is not empty and does not hold an earlier 'reportkit docs' output; name a new or empty directory";
    }
}

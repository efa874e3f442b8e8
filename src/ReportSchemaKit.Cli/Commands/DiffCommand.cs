using System;
using System.CommandLine;
using System.Linq;
using ReportSchemaKit.Docs;
using ReportSchemaKit.GovInfo;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.Cli.Commands;

/// <summary><c>reportkit diff V1 V2</c>: what changed between two template versions.</summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var from = new Argument<string>("V1") { Description = "The earlier version (for example 2019), or FAMILY/VERSION" };
        var to = new Argument<string>("V2") { Description = "The later version (for example 2021), or FAMILY/VERSION" };
        var command = new Command("diff", "Print, as Markdown, the tables, rows, columns, cell types and rules added, removed, renamed or changed from one template version to another") { from, to };
        command.SetAction(result => Run(result.GetValue(from)!, result.GetValue(to)!));
        return command;
    }

    private static int Run(string from, string to)
    {
        var before = Find(from);
        var after = Find(to);
        if (before is null || after is null)
        {
            return ExitCodes.InputError;
        }

        if (before.Family != after.Family)
        {
            Console.Error.WriteLine($"reportkit: {before.Family} {before.Version} and {after.Family} {after.Version} are versions of different families; compare versions of one family");
            return ExitCodes.InputError;
        }

        Console.Out.Write(TemplateDocumentation.Diff(before, after).Text);
        return ExitCodes.Success;
    }

    private static ReportTemplate? Find(string name)
    {
        var parts = name.Split('/', 2);
        var matches = ReportTemplates.Catalog.Templates
            .Where(t => parts.Length == 2 ? t.Family == parts[0] && t.Version == parts[1] : t.Version == name)
            .ToList();
        if (matches.Count == 1)
        {
            return matches[0];
        }

        var known = string.Join(", ", ReportTemplates.Catalog.Templates.Select(t => $"{t.Family}/{t.Version}"));
        Console.Error.WriteLine(matches.Count == 0
            ? $"reportkit: no template version '{name}'; the versions are {known}"
            : $"reportkit: '{name}' is a version of several families; name one as FAMILY/VERSION ({known})");
        return null;
    }
}

using System;
using System.CommandLine;
using ReportSchemaKit.GovInfo;

namespace ReportSchemaKit.Cli.Commands;

/// <summary><c>reportkit schemas</c>: the template versions this tool knows.</summary>
internal static class SchemasCommand
{
    public static Command Create()
    {
        var command = new Command("schemas", "List the template versions, the report years they serve and the documents that issued them");
        command.SetAction(_ =>
        {
            foreach (var template in ReportTemplates.Catalog.Templates)
            {
                var identity = template.Identity;
                var years = identity.LastYear is { } last ? $"{identity.FirstYear}–{last}" : $"{identity.FirstYear}–";
                Console.Out.WriteLine($"{identity.Family} {identity.Version}\t{years}\t{identity.IssuedBy}\t{template.Tables.Count} tables, {template.Cells.Count} cells, {template.Rules.Count} rules");
            }

            return 0;
        });
        return command;
    }
}

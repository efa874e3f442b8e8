using System;
using System.CommandLine;
using System.Linq;
using ReportSchemaKit.GovInfo;

namespace ReportSchemaKit.Cli.Input;

/// <summary>The <c>--version V</c> option of the commands that read reports: one of the catalog's versions, checked before any file is read.</summary>
internal static class TemplateVersionOption
{
    public static Option<string?> Create()
    {
        var option = new Option<string?>("--version")
        {
            Description = $"Read every file on this template version ({string.Join(", ", Known)}) instead of detecting it",
            HelpName = "V",
        };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !Known.Contains(value, StringComparer.Ordinal))
            {
                result.AddError($"Unknown template version '{value}'; the versions are {string.Join(", ", Known)} (see 'reportkit schemas').");
            }
        });
        return option;
    }

    private static string[] Known => ReportTemplates.Catalog.Templates.Select(t => t.Version).Distinct().ToArray();
}

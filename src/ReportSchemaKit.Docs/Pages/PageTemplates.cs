using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using Scriban;
using Scriban.Runtime;

namespace ReportSchemaKit.Docs.Pages;

/// <summary>Renders the embedded Scriban templates (Templates/*.sbn) over a page view.</summary>
internal static class PageTemplates
{
    private static readonly ConcurrentDictionary<string, Template> Cache = new(StringComparer.Ordinal);

    /// <summary>Renders the named template; the view's properties become snake_case names.</summary>
    public static string Render(string name, object view)
    {
        var template = Cache.GetOrAdd(name, Load);
        var globals = new ScriptObject();
        globals.Import(view);
        // Scriban cuts any output past 1 MB to "..." by default (LimitToString); a large page must come out whole.
        var context = new TemplateContext { StrictVariables = true, LoopLimit = 0, LimitToString = 0 };
        context.PushGlobal(globals);
        return template.Render(context).ReplaceLineEndings("\n");
    }

    private static Template Load(string name)
    {
        var resource = "ReportSchemaKit.Docs.Templates." + name + ".sbn";
        using var stream = typeof(PageTemplates).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The documentation generator lacks its embedded template '{resource}'.");
        using var reader = new StreamReader(stream);
        var template = Template.Parse(reader.ReadToEnd(), resource);
        if (template.HasErrors)
        {
            throw new InvalidOperationException($"Template '{resource}' does not parse: " + string.Join("; ", template.Messages.Select(m => m.ToString())));
        }

        return template;
    }
}

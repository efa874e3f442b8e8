using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using Scriban;
using Scriban.Runtime;

namespace ReportSchemaKit.Generator.Emitting;

/// <summary>Renders the embedded Scriban templates (Emitting/Templates/*.sbncs) over a view.</summary>
internal static class TemplateEmitter
{
    private static readonly ConcurrentDictionary<string, Template> Cache = new(StringComparer.Ordinal);

    /// <summary>Renders the named template; <paramref name="model"/>'s properties become snake_case names.</summary>
    public static string Render(string templateName, object model)
    {
        var template = Cache.GetOrAdd(templateName, Load);
        var globals = new ScriptObject();
        globals.Import(model);
        globals.Add("generator_name", GeneratorInfo.Name);
        // Scriban cuts any output past 1 MB to "..." by default (LimitToString); a large template's source must come out whole.
        var context = new TemplateContext { StrictVariables = true, LoopLimit = 0, LimitToString = 0 };
        context.PushGlobal(globals);
        return template.Render(context).Replace("\r\n", "\n");
    }

    private static Template Load(string name)
    {
        var resource = "ReportSchemaKit.Generator.Templates." + name + ".sbncs";
        using var stream = typeof(TemplateEmitter).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The generator lacks its embedded template '{resource}'.");
        using var reader = new StreamReader(stream);
        var template = Template.Parse(reader.ReadToEnd(), resource);
        if (template.HasErrors)
        {
            throw new InvalidOperationException($"Template '{resource}' does not parse: " + string.Join("; ", template.Messages.Select(m => m.ToString())));
        }

        return template;
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportSchemaKit.Generator.Diagnostics;

namespace ReportSchemaKit.Generator.Emitting;

/// <summary>
/// Decides, over every rendered template of the compilation, which files to add and which problems
/// to report: a failed render (RSK0012), two files declaring one version or one type (RSK0010).
/// Pure, so it can be tested without a compilation.
/// </summary>
internal sealed class EmissionPlan
{
    private EmissionPlan(List<GeneratedSource> sources, List<Diagnostic> diagnostics)
    {
        Sources = sources;
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<GeneratedSource> Sources { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public static EmissionPlan Create(ImmutableArray<RenderedTemplate> templates, string rootNamespace)
    {
        var sources = new List<GeneratedSource>();
        var diagnostics = new List<Diagnostic>();
        var emitted = new List<RenderedTemplate>();
        var byVersion = new Dictionary<(string, string), RenderedTemplate>();
        var byType = new Dictionary<string, RenderedTemplate>(StringComparer.Ordinal);
        foreach (var template in templates.OrderBy(t => t.FilePath, StringComparer.Ordinal))
        {
            if (template.Failure is not null)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.GeneratorFailure, FileStart(template.FilePath), template.Failure));
                continue;
            }

            var type = template.Namespace + "." + template.ReportType;
            if (byVersion.TryGetValue((template.Family, template.Version), out var first))
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.DuplicateVersion, FileStart(template.FilePath),
                    template.Family, template.Version, first.FilePath));
                continue;
            }

            if (byType.TryGetValue(type, out first))
            {
                // A copied file with a new version but the old codegen names: the usual first step of a new year.
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.DuplicateType, FileStart(template.FilePath),
                    template.Family, template.Version, type, first.FilePath));
                continue;
            }

            byVersion.Add((template.Family, template.Version), template);
            byType.Add(type, template);
            emitted.Add(template);
            sources.AddRange(template.Sources);
        }

        if (emitted.Count > 0)
        {
            var registry = new RegistryView { GeneratorVersion = GeneratorInfo.Version, Namespace = rootNamespace };
            registry.ReportTypes.AddRange(emitted
                .OrderBy(t => t.Family, StringComparer.Ordinal)
                .ThenBy(t => t.Version, StringComparer.Ordinal)
                .Select(t => "global::" + t.Namespace + "." + t.ReportType));
            sources.Add(new GeneratedSource(rootNamespace + ".ReportTemplates.g.cs", TemplateEmitter.Render("Registry", registry)));
        }

        return new EmissionPlan(sources, diagnostics);
    }

    private static Location FileStart(string path) =>
        Location.Create(path, new TextSpan(0, 0), new LinePositionSpan(LinePosition.Zero, LinePosition.Zero));
}

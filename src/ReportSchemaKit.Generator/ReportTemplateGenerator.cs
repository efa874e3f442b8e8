using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportSchemaKit.Generator.Diagnostics;
using ReportSchemaKit.Generator.Emitting;
using ReportSchemaKit.Generator.Parsing;
using ReportSchemaKit.Generator.Spec;

namespace ReportSchemaKit.Generator;

/// <summary>
/// Reads report template YAML files (AdditionalFiles ending in .yaml or .yml) and emits, per
/// template version, the typed report model and its template descriptor, plus one registry of
/// every version in the compilation.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ReportTemplateGenerator : IIncrementalGenerator
{
    private const string DefaultRootNamespace = "ReportSchemaKit.Generated";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var results = context.AdditionalTextsProvider
            .Where(static file => IsTemplatePath(file.Path))
            .Select(static (file, cancellationToken) => TemplateParser.Parse(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty, cancellationToken))
            .WithTrackingName(TrackingNames.ParseResults);

        var diagnostics = results
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.TemplateDiagnostics);
        context.RegisterSourceOutput(diagnostics, static (output, items) =>
        {
            foreach (var item in items)
            {
                output.ReportDiagnostic(item.ToDiagnostic());
            }
        });

        var rootNamespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) =>
                options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var value) && !string.IsNullOrWhiteSpace(value)
                    ? value.Trim()
                    : DefaultRootNamespace)
            .WithTrackingName(TrackingNames.RootNamespace);

        var rendered = results
            .Select(static (result, _) => result.Spec)
            .Where(static spec => spec is not null)
            .Combine(rootNamespace)
            .Select(static (input, _) => Render(input.Left!, input.Right))
            .WithTrackingName(TrackingNames.RenderedTemplates);

        var all = rendered.Collect()
            .Combine(rootNamespace)
            .WithTrackingName(TrackingNames.AllTemplates);
        context.RegisterSourceOutput(all, static (output, input) => Emit(output, input.Left, input.Right));
    }

    internal static bool IsTemplatePath(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static RenderedTemplate Render(TemplateSpec spec, string rootNamespace)
    {
        var ns = TemplateViewBuilder.NamespaceOf(spec, rootNamespace);
        var reportType = spec.ReportType!;
        try
        {
            var view = TemplateViewBuilder.Build(spec, rootNamespace);
            var hint = ns + "." + reportType;
            var sources = new[]
            {
                new GeneratedSource(hint + ".Model.g.cs", TemplateEmitter.Render("Model", view)),
                new GeneratedSource(hint + ".Template.g.cs", TemplateEmitter.Render("Template", view)),
            };
            return new RenderedTemplate(spec.FilePath, spec.Family, spec.Version, ns, reportType, sources.ToEquatableArray(), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bug of ours must reach the user as a located diagnostic, not as CS8785 for the whole build.
            return new RenderedTemplate(spec.FilePath, spec.Family, spec.Version, ns, reportType, EquatableArray<GeneratedSource>.Empty, exception.GetType().Name + ": " + exception.Message);
        }
    }

    private static void Emit(SourceProductionContext output, ImmutableArray<RenderedTemplate> templates, string rootNamespace)
    {
        var emitted = new List<RenderedTemplate>();
        var byVersion = new Dictionary<(string, string), RenderedTemplate>();
        var byType = new Dictionary<string, RenderedTemplate>(StringComparer.Ordinal);
        foreach (var template in templates.OrderBy(t => t.FilePath, StringComparer.Ordinal))
        {
            if (template.Failure is not null)
            {
                output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GeneratorFailure, FileStart(template.FilePath), template.Failure));
                continue;
            }

            var type = template.Namespace + "." + template.ReportType;
            if (byVersion.TryGetValue((template.Family, template.Version), out var first) || byType.TryGetValue(type, out first))
            {
                output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateVersion, FileStart(template.FilePath),
                    template.Family, template.Version + " (type " + type + ")", first.FilePath));
                continue;
            }

            byVersion.Add((template.Family, template.Version), template);
            byType.Add(type, template);
            emitted.Add(template);
            foreach (var source in template.Sources)
            {
                output.AddSource(source.HintName, SourceText.From(source.Text, Encoding.UTF8));
            }
        }

        if (emitted.Count == 0)
        {
            return;
        }

        var registry = new RegistryView { GeneratorVersion = GeneratorInfo.Version, Namespace = rootNamespace };
        registry.ReportTypes.AddRange(emitted
            .OrderBy(t => t.Family, StringComparer.Ordinal)
            .ThenBy(t => t.Version, StringComparer.Ordinal)
            .Select(t => "global::" + t.Namespace + "." + t.ReportType));
        output.AddSource(rootNamespace + ".ReportTemplates.g.cs", SourceText.From(TemplateEmitter.Render("Registry", registry), Encoding.UTF8));
    }

    private static Location FileStart(string path) =>
        Location.Create(path, new TextSpan(0, 0), new LinePositionSpan(LinePosition.Zero, LinePosition.Zero));
}

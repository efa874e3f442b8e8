using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ReportSchemaKit.Generator.Emitting;
using ReportSchemaKit.Generator.Parsing;
using ReportSchemaKit.Generator.Spec;

namespace ReportSchemaKit.Generator;

/// <summary>
/// Reads report template YAML files (AdditionalFiles ending in .yaml or .yml) and emits, per
/// template version, the typed report model, its template descriptor, its compiled validator and its compiled claims, plus one registry of
/// every version in the compilation.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ReportTemplateGenerator : IIncrementalGenerator
{
    /// <summary>The per-version templates, in emission order.</summary>
    internal static readonly IReadOnlyList<string> VersionTemplates = ["Model", "Template", "Validator", "Claims"];

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
            .Select(static (input, _) => Render(input.Left!, input.Right, VersionTemplates))
            .WithTrackingName(TrackingNames.RenderedTemplates);

        var all = rendered.Collect()
            .Combine(rootNamespace)
            .WithTrackingName(TrackingNames.AllTemplates);
        context.RegisterSourceOutput(all, static (output, input) =>
        {
            var plan = EmissionPlan.Create(input.Left, input.Right);
            foreach (var diagnostic in plan.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic);
            }

            foreach (var source in plan.Sources)
            {
                output.AddSource(source.HintName, SourceText.From(source.Text, Encoding.UTF8));
            }
        });
    }

    internal static bool IsTemplatePath(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Renders one version's files; a failure becomes <see cref="RenderedTemplate.Failure"/>, never an exception.</summary>
    internal static RenderedTemplate Render(TemplateSpec spec, string rootNamespace, IReadOnlyList<string> templateNames)
    {
        var ns = TemplateViewBuilder.NamespaceOf(spec, rootNamespace);
        var reportType = spec.ReportType!;
        try
        {
            var view = TemplateViewBuilder.Build(spec, rootNamespace);
            var sources = templateNames.Select(name => new GeneratedSource($"{ns}.{reportType}.{name}.g.cs", TemplateEmitter.Render(name, view)));
            return new RenderedTemplate(spec.FilePath, spec.Family, spec.Version, ns, reportType, sources.ToEquatableArray(), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bug of ours must reach the user as a located diagnostic, not as CS8785 for the whole build.
            return new RenderedTemplate(spec.FilePath, spec.Family, spec.Version, ns, reportType, EquatableArray<GeneratedSource>.Empty, exception.GetType().Name + ": " + exception.Message);
        }
    }
}

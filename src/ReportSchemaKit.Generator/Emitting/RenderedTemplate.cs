using ReportSchemaKit.Generator.Spec;

namespace ReportSchemaKit.Generator.Emitting;

/// <summary>
/// A template version's generated files, rendered in a cached pipeline step of its own so that an
/// edit to one YAML file re-renders that version only. <see cref="Failure"/> is set where rendering
/// failed; the generator reports it as RSK0012 instead of crashing the build.
/// </summary>
internal sealed record RenderedTemplate(
    string FilePath,
    string Family,
    string Version,
    string Namespace,
    string ReportType,
    EquatableArray<GeneratedSource> Sources,
    string? Failure);

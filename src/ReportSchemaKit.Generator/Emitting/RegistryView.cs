using System.Collections.Generic;

namespace ReportSchemaKit.Generator.Emitting;

/// <summary>What the registry template reads: every version compiled into the assembly.</summary>
internal sealed class RegistryView
{
    public string GeneratorVersion { get; set; } = string.Empty;
    public string Namespace { get; set; } = string.Empty;
    public List<string> ReportTypes { get; } = [];
}

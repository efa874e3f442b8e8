using System.Reflection;

namespace ReportSchemaKit.Generator;

/// <summary>The generator's name and version, stamped on what it emits.</summary>
internal static class GeneratorInfo
{
    public const string Name = "ReportSchemaKit.Generator";

    public static string Version { get; } =
        typeof(GeneratorInfo).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}

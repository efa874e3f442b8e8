using System.IO;
using ReportSchemaKit.Testing;

namespace ReportSchemaKit.Generator.Tests.Infrastructure;

/// <summary>The repository folders these tests read and write.</summary>
internal static class RepositoryPaths
{
    public static string Root => RepositoryLocation.Root;

    public static string Schemas => Path.Combine(Root, "schemas");

    public static string GeneratedSamples => Path.Combine(Root, "generated-samples");
}

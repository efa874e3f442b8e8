using System;
using System.IO;

namespace ReportSchemaKit.Generator.Tests.Infrastructure;

/// <summary>Where the repository's folders are, found from the test binary upwards.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Schemas => Path.Combine(Root, "schemas");

    public static string GeneratedSamples => Path.Combine(Root, "generated-samples");

    /// <summary>The shared folder beside the repository (FORMATS.md, the corpus).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ReportSchemaKit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find ReportSchemaKit.sln above " + AppContext.BaseDirectory);
    }
}

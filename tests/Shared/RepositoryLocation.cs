using System;
using System.IO;

namespace ReportSchemaKit.Testing;

/// <summary>
/// Where the repository and the shared folder beside it are, found from the running binary upwards.
/// One file, linked into every test and benchmark project that reads schemas, samples or the corpus.
/// </summary>
internal static class RepositoryLocation
{
    private static readonly Lazy<string> RootDirectory = new(FindRoot);

    /// <summary>The folder that holds ReportSchemaKit.sln.</summary>
    public static string Root => RootDirectory.Value;

    /// <summary>The shared folder beside the repository: FORMATS.md and the corpus.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>The real published reports.</summary>
    public static string Corpus => Path.Combine(Shared, "corpus");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ReportSchemaKit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("No ReportSchemaKit.sln above " + AppContext.BaseDirectory);
    }
}

using System;
using System.IO;

namespace ReportSchemaKit.GovInfo.Tests;

/// <summary>The shared folder beside the repository: FORMATS.md and the corpus.</summary>
internal static class SharedFiles
{
    public static string Directory { get; } = Find();

    public static string FormatsMarkdown => Path.Combine(Directory, "FORMATS.md");

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ReportSchemaKit.sln")))
            {
                return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared"));
            }
        }

        throw new InvalidOperationException("Cannot find ReportSchemaKit.sln above " + AppContext.BaseDirectory);
    }
}

using System.IO;
using ReportSchemaKit.Testing;

namespace ReportSchemaKit.GovInfo.Tests;

/// <summary>The shared folder beside the repository: FORMATS.md and the corpus.</summary>
internal static class SharedFiles
{
    public static string Directory => RepositoryLocation.Shared;

    public static string FormatsMarkdown => Path.Combine(Directory, "FORMATS.md");
}

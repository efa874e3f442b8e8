using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportSchemaKit.Testing;

namespace ReportSchemaKit.Cli.Tests.Infrastructure;

/// <summary>The real published reports beside the repository, text and PDF alike.</summary>
internal static class Corpus
{
    public static IReadOnlyList<string> Files { get; } =
        Directory.GetFiles(RepositoryLocation.Corpus).Where(f => f.EndsWith(".txt", System.StringComparison.Ordinal) || f.EndsWith(".pdf", System.StringComparison.Ordinal)).Order(System.StringComparer.Ordinal).ToArray();

    public static TheoryData<string> Names => new(Files.Select(Path.GetFileName)!);

    public static string PathOf(string name) => Path.Combine(RepositoryLocation.Corpus, name);
}

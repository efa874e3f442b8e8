using System;
using System.IO;
using System.Linq;
using System.Text;
using ReportSchemaKit.GovInfo;
using ReportSchemaKit.GovInfo.Tests.Parsing;
using ReportSchemaKit.Layout;

namespace ReportSchemaKit.Benchmarks;

/// <summary>
/// The reports the benchmarks parse: real corpus reports for the three text layouts they come in, and
/// the jinshan report's tables written in each layout with its prose around them (about 10 KB each).
/// </summary>
internal static class BenchmarkInputs
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string SharedDirectory => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>An input by its benchmark name: <c>corpus:NAME</c> (a file of the corpus, with its extension or .txt) or <c>written:LAYOUT</c>.</summary>
    public static byte[] Named(string input) => input.StartsWith("corpus:", StringComparison.Ordinal)
        ? Corpus(input["corpus:".Length..])
        : input.StartsWith("document:", StringComparison.Ordinal)
            ? DocumentInputs.Written(Enum.Parse<LayoutKind>(input["document:".Length..]))
            : Written(Enum.Parse<LayoutKind>(input["written:".Length..]));

    public static byte[] Corpus(string name) => File.ReadAllBytes(Path.Combine(SharedDirectory, "corpus", Path.HasExtension(name) ? name : name + ".txt"));

    /// <summary>The jinshan report's values in the given layout, padded with its own prose to a realistic size.</summary>
    public static byte[] Written(LayoutKind layout)
    {
        var source = Corpus("2023-jinshan-f2021-lines");
        var report = ReportTemplates.Parse(source).Report ?? throw new InvalidOperationException("The jinshan report no longer parses.");
        var prose = Encoding.UTF8.GetString(source).Split('\n').Where(l => l.Length > 60).Take(6).ToArray();
        var tables = LayoutWriter.Write(report, layout, 2023);
        var text = layout == LayoutKind.Html
            ? tables.Replace("<nav>", "<nav>" + string.Concat(prose.Select(p => "<p>" + p + "</p>")), StringComparison.Ordinal)
            : string.Join("\n\n", prose) + "\n\n" + tables;
        return Encoding.UTF8.GetBytes(text);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ReportSchemaKit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository: ReportSchemaKit.sln not found above " + AppContext.BaseDirectory);
    }
}

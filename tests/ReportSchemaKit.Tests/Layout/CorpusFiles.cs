using System;
using System.IO;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Tests.Layout;

/// <summary>Finds the shared corpus of real reports (<c>shared/corpus</c>, beside the repository).</summary>
internal static class CorpusFiles
{
    public const string Jinshan = "2023-jinshan-f2021-lines.txt";
    public const string Tuoli = "2023-tuoli-f2021-lines.txt";
    public const string Qiongxiang = "2022-qiongxiang-f2021-tabs.txt";
    public const string Anpeng = "2022-anpeng-f2021-pipes.txt";
    public const string Puwei = "2020-puwei-f2019-lines.txt";

    private static readonly Lazy<string> Directory = new(FindCorpusDirectory);

    public static string PathOf(string fileName) => Path.Combine(Directory.Value, fileName);

    public static byte[] ReadBytes(string fileName) => File.ReadAllBytes(PathOf(fileName));

    public static string ReadText(string fileName) => ReportTextDecoder.Decode(ReadBytes(fileName)).Text;

    // The repository root holds ReportSchemaKit.sln (or, before the solution exists, both src and tests);
    // the corpus sits at ../shared/corpus from there.
    private static string FindCorpusDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            bool isRoot = File.Exists(Path.Combine(directory.FullName, "ReportSchemaKit.sln"))
                || (System.IO.Directory.Exists(Path.Combine(directory.FullName, "src"))
                    && System.IO.Directory.Exists(Path.Combine(directory.FullName, "tests")));
            if (isRoot)
            {
                string corpus = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus"));
                if (System.IO.Directory.Exists(corpus))
                {
                    return corpus;
                }

                throw new DirectoryNotFoundException($"The corpus is not at {corpus}.");
            }
        }

        throw new DirectoryNotFoundException($"No repository root above {AppContext.BaseDirectory}.");
    }
}

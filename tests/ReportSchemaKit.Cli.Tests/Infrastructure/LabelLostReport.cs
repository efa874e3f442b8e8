using System;
using System.IO;
using System.Linq;
using System.Text;

namespace ReportSchemaKit.Cli.Tests.Infrastructure;

/// <summary>
/// The jinshan corpus report (one cell per line) without the label of section 三's row （二）部分公开, as a PDF→Markdown
/// converter may lose it: the parser binds that row's seven values by the rows' order, every other row by its label.
/// </summary>
internal static class LabelLostReport
{
    /// <summary>The name the README's query result shows.</summary>
    public const string Name = "2023-jinshan-f2021-lines-label-lost.txt";

    /// <summary>The row whose label is gone.</summary>
    public const string Row = "Requests.PartiallyDisclosed";

    public static byte[] Content()
    {
        var lines = File.ReadAllText(Corpus.PathOf("2023-jinshan-f2021-lines.txt"), Encoding.UTF8).Split('\n');
        var kept = lines.Where(line => !line.StartsWith("(二)部分公开", StringComparison.Ordinal)).ToArray();
        if (kept.Length != lines.Length - 1)
        {
            throw new InvalidOperationException($"The jinshan report has {lines.Length - kept.Length} lines labelled (二)部分公开, not one");
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', kept));
    }

    public static string WriteTo(TempFolder folder) => folder.Write(Name, Content());
}

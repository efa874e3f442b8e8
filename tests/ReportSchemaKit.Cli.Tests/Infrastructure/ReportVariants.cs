using System.IO;
using System.Text;

namespace ReportSchemaKit.Cli.Tests.Infrastructure;

/// <summary>
/// One corpus report (2021 format, one cell per line) made into as many distinct contents as a test needs: variant
/// <c>i</c> ends with <c>i + 1</c> extra newlines, which change the content hash and nothing the parser reads.
/// </summary>
internal static class ReportVariants
{
    private static readonly byte[] Report = File.ReadAllBytes(Corpus.PathOf("2023-jinshan-f2021-lines.txt"));

    public static byte[] Variant(int i) => [.. Report, .. Encoding.UTF8.GetBytes(new string('\n', i + 1))];
}

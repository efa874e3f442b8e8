using System;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using ReportSchemaKit.Parsing;

namespace ReportSchemaKit.GovInfo.Tests.Parsing;

/// <summary>Reports damaged at random — lines lost, doubled, swapped or garbled — never make the parser throw.</summary>
public sealed class MutationTests
{
    private static readonly string[] Reports = Directory.GetFiles(Path.Combine(SharedFiles.Directory, "corpus"), "*.txt")
        .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus", "PdfText"), "*.txt"))
        .Select(File.ReadAllText)
        .ToArray();

    private static readonly Gen<string> Mutated =
        Gen.Select(Gen.Int[0, Reports.Length - 1], Gen.Int[0, 3].Array[1, 12], Gen.Int.Array[12], Gen.Char.Array[12], (report, kinds, places, chars) =>
        {
            var lines = Reports[report].Split('\n').ToList();
            for (var i = 0; i < kinds.Length && lines.Count > 1; i++)
            {
                var at = (int)((uint)places[i] % (uint)lines.Count);
                switch (kinds[i])
                {
                    case 0: lines.RemoveAt(at); break;
                    case 1: lines.Insert(at, lines[(at + 1) % lines.Count]); break;
                    case 2: (lines[at], lines[(at + 7) % lines.Count]) = (lines[(at + 7) % lines.Count], lines[at]); break;
                    default: lines[at] = lines[at].Length == 0 ? chars[i].ToString() : lines[at].Remove(lines[at].Length / 2, 1).Insert(lines[at].Length / 2 - (lines[at].Length > 1 ? 1 : 0), chars[i].ToString()); break;
                }
            }

            return string.Join('\n', lines);
        });

    [Fact]
    public void A_damaged_report_gives_a_result_with_diagnostics_never_an_exception()
    {
        Mutated.Sample(
            text =>
            {
                var result = ReportTemplates.Parse(Encoding.UTF8.GetBytes(text));

                Assert.True(result.HasReport || result.Diagnostics.Any(d => d.Code == ParseCodes.NoReportTables));
                Assert.Equal(result.HasReport ? result.Template!.Cells.Count : 0, result.Cells.Count);
            },
            iter: 300);
    }
}

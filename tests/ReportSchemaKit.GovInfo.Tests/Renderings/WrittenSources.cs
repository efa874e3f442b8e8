using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ReportSchemaKit.GovInfo.Tests.Documents;
using ReportSchemaKit.GovInfo.Tests.Parsing;
using ReportSchemaKit.Layout;
using ReportSchemaKit.Rendering;

namespace ReportSchemaKit.GovInfo.Tests.Renderings;

/// <summary>
/// The renderings' sources written by the round-trip tests' writers: each known report as an HTML page
/// (LayoutWriter), a Word document (DocxReportWriter) and a PDF (PdfReportWriter), and its expected cell listing.
/// </summary>
internal static partial class WrittenSources
{
    public static readonly string[] Extensions = ["html", "docx", "pdf"];

    /// <summary>Every written source's file name, for example written-2021-varied.docx.</summary>
    public static IEnumerable<string> FileNames => KnownReports.All.SelectMany(r => Extensions.Select(e => r.Name + "." + e));

    public static byte[] Write(KnownReport report, string extension) => extension switch
    {
        "html" => Encoding.UTF8.GetBytes(LayoutWriter.Write(report.Report, LayoutKind.Html, report.Year)),
        "docx" => Stable(DocxReportWriter.Write(report.Report, report.Year)),
        "pdf" => PdfReportWriter.Write(report.Report, report.Year, report.ProseLines).Bytes,
        _ => throw new ArgumentOutOfRangeException(nameof(extension), extension, "html, docx or pdf"),
    };

    /// <summary>The expected cells in the corpus expectations' format, headed by what the report shows.</summary>
    public static string Listing(KnownReport report) =>
        "# " + report.Name + ": written by the tests' writers (Renderings/WrittenSourceTests); " + report.Why + "; an empty value is a blank cell.\n"
        + CellListing.Write(report.Report);

    /// <summary>
    /// The same Word package with every entry dated 2020-01-01 and the package's relationship ids numbered: the
    /// packaging library stamps entries with the time of writing and names relationships at random, and a regenerated
    /// source should differ from the committed one only where its content does. Only _rels/.rels is renumbered: no
    /// other part refers to the package's relationships.
    /// </summary>
    private static byte[] Stable(byte[] docx)
    {
        using var input = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName == "_rels/.rels")
                {
                    using var reader = new StreamReader(from, Encoding.UTF8);
                    var numbered = 0;
                    var text = RelationshipId().Replace(reader.ReadToEnd(), _ => "Id=\"rId" + (++numbered).ToString(CultureInfo.InvariantCulture) + "\"");
                    to.Write(Encoding.UTF8.GetPreamble());
                    to.Write(Encoding.UTF8.GetBytes(text));
                    continue;
                }

                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }

    [GeneratedRegex("Id=\"R[0-9a-f]+\"")]
    private static partial Regex RelationshipId();
}

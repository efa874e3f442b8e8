using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

namespace ReportSchemaKit.GovInfo.Tests.Renderings;

/// <summary>
/// The committed written sources are what the writers produce today, so a change to a writer fails here rather than
/// leaving the renderings made from an older file. With RSK_RENDERING_SOURCES naming a folder, writes the sources
/// (Sources/) and their expected listings (Expected/) there instead: make-renderings.sh does that first.
/// </summary>
public sealed class WrittenSourceTests
{
    private const string OutputVariable = "RSK_RENDERING_SOURCES";

    public static TheoryData<string> Reports => new(KnownReports.All.Select(r => r.Name));

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_committed_sources_and_listing_are_what_the_writers_produce(string name)
    {
        var report = KnownReports.All.Single(r => r.Name == name);
        if (Environment.GetEnvironmentVariable(OutputVariable) is { Length: > 0 } output)
        {
            Write(report, output);
            return;
        }

        var folder = Path.Combine(AppContext.BaseDirectory, "Renderings");
        foreach (var extension in WrittenSources.Extensions)
        {
            var committed = File.ReadAllBytes(Path.Combine(folder, "Sources", name + "." + extension));
            var written = WrittenSources.Write(report, extension);
            if (extension == "docx")
            {
                // Compare the package's parts, not its compressed bytes, which may differ between runtimes.
                Assert.Equal(Parts(written), Parts(committed));
            }
            else
            {
                Assert.True(written.AsSpan().SequenceEqual(committed), $"{name}.{extension} differs from what the writer produces today; run make-renderings.sh");
            }
        }

        Assert.Equal(WrittenSources.Listing(report), File.ReadAllText(Path.Combine(folder, "Expected", name + ".cells.txt")));
    }

    private static void Write(KnownReport report, string output)
    {
        Directory.CreateDirectory(Path.Combine(output, "Sources"));
        Directory.CreateDirectory(Path.Combine(output, "Expected"));
        foreach (var extension in WrittenSources.Extensions)
        {
            File.WriteAllBytes(Path.Combine(output, "Sources", report.Name + "." + extension), WrittenSources.Write(report, extension));
        }

        File.WriteAllText(Path.Combine(output, "Expected", report.Name + ".cells.txt"), WrittenSources.Listing(report), new UTF8Encoding(false));
    }

    private static string[] Parts(byte[] docx)
    {
        using var archive = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return archive.Entries.Select(e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return e.FullName + ":" + Convert.ToHexString(copy.ToArray());
        }).ToArray();
    }
}

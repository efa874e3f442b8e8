using System;
using System.Collections.Frozen;
using System.IO;

namespace ReportSchemaKit.Cli.Extraction;

/// <summary>
/// Which files <c>extract</c> picks up when it walks a folder: the one list to change when a new kind of input
/// is read. The extension only decides whether a file is walked; how it is read is decided by its content
/// (<see cref="Input.ReportFile"/>), so a .txt holding HTML reads as HTML. A file named on the command line is
/// always read, whatever its name.
/// </summary>
internal static class ReportFileKinds
{
    /// <summary>
    /// Text copied from web pages, Markdown, saved HTML pages, and the published PDF and Word files. PDF and DOCX
    /// are walked even while the parser cannot read them, so that they are listed and stored as unreadable rather
    /// than silently missed. CSV is left out: a CSV found in a folder of reports is a data export, not a report
    /// (reportkit's own long-form CSV is read back with CsvReportReader).
    /// </summary>
    public static readonly FrozenSet<string> Extensions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        ".txt", ".text", ".md", ".markdown", ".htm", ".html", ".xhtml", ".shtml", ".pdf", ".docx");

    /// <summary>True for a file name <c>extract</c> reads when it walks a folder.</summary>
    public static bool IsReportFile(ReadOnlySpan<char> path) => ExtensionLookup.Contains(Path.GetExtension(path));

    // Looks a name's extension up without making a string of it: the walk asks once per file listed.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ExtensionLookup = Extensions.GetAlternateLookup<ReadOnlySpan<char>>();
}

using System.Collections.Generic;

namespace ReportSchemaKit.Layout;

/// <summary>What an <see cref="IDocumentReader"/> found besides the cells.</summary>
/// <param name="Failure">
/// Why the file could not be read (truncated, corrupt, encrypted, not the format its first bytes promise),
/// or <see langword="null"/> where it was read.
/// </param>
/// <param name="Pages">How many pages the document has; 0 where the format does not say (a Word file is laid out into pages only when shown).</param>
/// <param name="PagesWithoutText">
/// The pages (from 1) that hold images but no text: scanned pages, whose content needs OCR before it can be read.
/// Always empty for Word files.
/// </param>
public sealed record DocumentReadOutcome(string? Failure, int Pages, IReadOnlyList<int> PagesWithoutText)
{
    /// <summary>True where the file was read (its cells may still be few, or none).</summary>
    public bool Succeeded => Failure is null;

    /// <summary>A file that could not be read, with the reason.</summary>
    public static DocumentReadOutcome Failed(string failure) => new(failure, 0, []);
}

using System;
using System.Collections.Generic;

namespace ReportSchemaKit.Layout;

/// <summary>
/// Turns a document file (PDF, Word) into the cell stream that the text layouts' <see cref="ILayoutReader"/>s
/// produce, so that the same matchers read it. A document is read from its bytes, not from decoded text: its
/// characters and tables are structures of the file, not lines of text.
/// </summary>
public interface IDocumentReader
{
    /// <summary>The layout this reader understands (<see cref="LayoutKind.Pdf"/> or <see cref="LayoutKind.Docx"/>).</summary>
    LayoutKind Kind { get; }

    /// <summary>
    /// Reads every cell, table cells and narrative, in document order, into a list the caller owns (appending).
    /// Never throws on a damaged file: what went wrong is in the outcome, and <paramref name="cells"/> then holds
    /// what was read before it.
    /// </summary>
    /// <param name="document">The whole file.</param>
    /// <param name="cells">Receives the cells, after any it already holds.</param>
    /// <returns>Whether the file could be read, and which pages hold only images.</returns>
    DocumentReadOutcome ReadInto(ReadOnlySpan<byte> document, List<SourceCell> cells);
}

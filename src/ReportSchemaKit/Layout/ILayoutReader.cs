using System.Collections.Generic;

namespace ReportSchemaKit.Layout;

/// <summary>Turns the text of one layout into the cell stream.</summary>
public interface ILayoutReader
{
    /// <summary>The layout this reader understands.</summary>
    LayoutKind Kind { get; }

    /// <summary>Reads every cell, table cells and narrative, in document order.</summary>
    /// <param name="text">The decoded report text.</param>
    /// <returns>
    /// The cells as a list rather than a lazy sequence: matchers look ahead for optional rows and back
    /// when a label turns out to be split over cells, and a report is small enough to hold at once.
    /// </returns>
    IReadOnlyList<SourceCell> Read(string text);

    /// <summary>
    /// Reads every cell into a list the caller owns (appending), so a caller that parses many reports can
    /// reuse one list instead of allocating a new one per report.
    /// </summary>
    /// <param name="text">The decoded report text.</param>
    /// <param name="cells">Receives the cells, in document order, after any it already holds.</param>
    void ReadInto(string text, List<SourceCell> cells);
}

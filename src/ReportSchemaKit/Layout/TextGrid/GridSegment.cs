namespace ReportSchemaKit.Layout;

/// <summary>
/// The text between two borders of a line of a drawn table (or before the first border and after the last).
/// </summary>
/// <param name="Start">The first character's index in the line.</param>
/// <param name="End">The index after the last character (the next border's index).</param>
/// <param name="Column">The terminal column of the border before it (-1 before the first border): equal for the
/// same cell on every line of the table, since converters line borders up by width.</param>
/// <param name="EndColumn">The terminal column of the border after it.</param>
/// <param name="Kind">Whether it is cell text, a piece of a rule, or text outside the borders.</param>
internal readonly record struct GridSegment(int Start, int End, int Column, int EndColumn, GridSegmentKind Kind);

/// <summary>What a piece of a drawn table's line is.</summary>
internal enum GridSegmentKind
{
    /// <summary>Cell text between two borders, possibly only spaces: a blank cell the grid shows.</summary>
    Cell,

    /// <summary>A piece of a rule (<c>────</c>, <c>----</c>, <c>====</c>): it ends the cells above it.</summary>
    Rule,

    /// <summary>Text before the first border or after the last: not part of a drawn cell.</summary>
    Outside,
}

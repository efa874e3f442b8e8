using System;
using System.Collections.Generic;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Layout;

/// <summary>
/// Reads the layout that text scraped from a web page usually has: one cell per line, blank lines between.
/// </summary>
/// <remarks>
/// <para>Every line with text is a cell, narrative lines included (a matcher skips what it does not
/// recognise); its text is the line without leading and trailing spaces of any kind, its position the
/// first character that is not a space. Cells have no row (<see cref="SourceCell.Row"/> is -1).</para>
/// <para>Empty lines and lines of ordinary spaces and tabs separate cells. A line holding only spaces
/// and at least one NBSP, figure space, narrow NBSP or ideographic space is a blank cell
/// (<see cref="SourceCell.Text"/> empty): that is how a scraper writes <c>&lt;td&gt;&amp;nbsp;&lt;/td&gt;</c>,
/// and dropping it would move the values after it into the wrong columns.</para>
/// </remarks>
public sealed class LineLayoutReader : ILayoutReader
{
    /// <inheritdoc />
    public LayoutKind Kind => LayoutKind.Lines;

    /// <inheritdoc />
    public IReadOnlyList<SourceCell> Read(string text) => CellLists.Read(this, text);

    /// <inheritdoc />
    public void ReadInto(string text, List<SourceCell> cells)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(cells);

        // Scraped text has a blank line between cells, so half the lines is a good first size.
        cells.EnsureCapacity(cells.Count + (text.AsSpan().Count('\n') / 2) + 1);
        var lines = new TextLineEnumerator(text);
        while (lines.MoveNext())
        {
            ReadOnlySpan<char> line = lines.Current;
            int start = UnicodeSpaces.CountLeading(line);
            if (start == line.Length)
            {
                int mark = UnicodeSpaces.IndexOfBlankCellMark(line);
                if (mark >= 0)
                {
                    cells.Add(new SourceCell(string.Empty, new SourcePosition(lines.LineNumber, mark + 1), Row: -1));
                }

                continue;
            }

            ReadOnlySpan<char> content = line[start..];
            content = content[..^UnicodeSpaces.CountTrailing(content)];
            cells.Add(new SourceCell(CellText.Create(content), new SourcePosition(lines.LineNumber, start + 1), Row: -1));
        }

    }
}

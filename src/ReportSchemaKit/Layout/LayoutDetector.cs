using System;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Layout;

/// <summary>Tells a report's layout from its content; the file name's extension is not trusted.</summary>
public static class LayoutDetector
{
    // "Several" lines: a pipe table needs a header, a delimiter and a row; one stray tab or one prose
    // line ending in '|' must not turn a whole report into a table layout.
    private const int MinimumEvidenceLines = 3;

    private static readonly string[] HtmlTableTags = ["html", "body", "table", "tr", "td", "th"];

    /// <summary>
    /// Detects the layout, checking in this order: <see cref="LayoutKind.Html"/> when the text has an
    /// <c>&lt;html&gt;</c>, <c>&lt;body&gt;</c>, <c>&lt;table&gt;</c>, <c>&lt;tr&gt;</c>, <c>&lt;td&gt;</c> or
    /// <c>&lt;th&gt;</c> tag (any case, attributes allowed); <see cref="LayoutKind.Pipes"/> when at least three
    /// lines are pipe-table rows (starting or ending with <c>|</c>, with two or more pipes) or delimiter rows
    /// (<c>---|---</c>); <see cref="LayoutKind.Tabs"/> when at least three lines with text start with a tab or
    /// have a tab between two cells; <see cref="LayoutKind.AlignedColumns"/> when at least three lines have a
    /// number set off from the text before it by two or more spaces (a value column, as PDF converters align
    /// them); otherwise <see cref="LayoutKind.Lines"/>.
    /// </summary>
    /// <param name="text">The decoded report text.</param>
    /// <returns>The layout to read the text with.</returns>
    public static LayoutKind Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (HasHtmlTableTag(text))
        {
            return LayoutKind.Html;
        }

        int pipeLines = 0;
        int tabLines = 0;
        int alignedLines = 0;
        var grid = default(TextGridEvidence);
        var lines = new TextLineEnumerator(text);
        while (lines.MoveNext())
        {
            ReadOnlySpan<char> line = lines.Current;
            ReadOnlySpan<char> trimmed = UnicodeSpaces.Trim(line);
            if (trimmed.IsEmpty)
            {
                continue;
            }

            if (grid.NoteDrawn(trimmed))
            {
                if (grid.IsDrawnTable)
                {
                    return LayoutKind.TextGrid;
                }
            }
            else if (PipeRow.IsDelimiter(trimmed) || PipeRow.LooksLikeRow(trimmed))
            {
                grid.NotePipeRow(trimmed);
                if (grid.IsDrawnTable)
                {
                    return LayoutKind.TextGrid;
                }

                // A pipe table is told at its third line, unless a drawn table's signs came first (pandoc's
                // +---+ rules come before its rows, html2text pads every row).
                if (++pipeLines >= MinimumEvidenceLines && !grid.MayBeDrawnTable)
                {
                    return LayoutKind.Pipes;
                }
            }
            else if (line[0] == '\t' || trimmed.Contains('\t'))
            {
                tabLines++;
            }
            else
            {
                alignedLines += HasAlignedNumber(trimmed) ? 1 : 0;
                grid.NotePlainLine(trimmed);
            }
        }

        return grid.IsDrawnTable ? LayoutKind.TextGrid
            : pipeLines >= MinimumEvidenceLines ? LayoutKind.Pipes
            : tabLines >= MinimumEvidenceLines ? LayoutKind.Tabs
            : grid.HasLabelsWithNumbers ? LayoutKind.TextGrid
            : alignedLines >= MinimumEvidenceLines ? LayoutKind.AlignedColumns
            : LayoutKind.Lines;
    }

    /// <summary>Text, then two or more spaces, then a digit: a value in a column of its own.</summary>
    private static bool HasAlignedNumber(ReadOnlySpan<char> trimmed)
    {
        // Jump from space to space: most of a line is text, and the search skips it in blocks.
        for (int i = UnicodeSpaces.IndexOfSpace(trimmed); i > 0 && i + 2 < trimmed.Length;)
        {
            int run = UnicodeSpaces.CountLeading(trimmed[i..]);
            int next = i + run;
            if (run >= 2 && next < trimmed.Length && char.IsAsciiDigit(trimmed[next]))
            {
                return true;
            }

            int following = UnicodeSpaces.IndexOfSpace(trimmed[next..]);
            i = following < 0 ? -1 : next + following;
        }

        return false;
    }

    private static bool HasHtmlTableTag(ReadOnlySpan<char> text)
    {
        for (int open = text.IndexOf('<'); open >= 0; open = NextOpen(text, open))
        {
            ReadOnlySpan<char> after = text[(open + 1)..];
            foreach (string tag in HtmlTableTags)
            {
                if (after.StartsWith(tag, StringComparison.OrdinalIgnoreCase)
                    && (after.Length == tag.Length || after[tag.Length] is '>' or '/' or ' ' or '\t' or '\r' or '\n'))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int NextOpen(ReadOnlySpan<char> text, int current)
    {
        int next = text[(current + 1)..].IndexOf('<');
        return next < 0 ? -1 : current + 1 + next;
    }
}

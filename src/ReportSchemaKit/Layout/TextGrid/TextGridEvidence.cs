using System;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Layout;

/// <summary>
/// Counts, line by line, the signs that a text converter drew the tables — for the layout detector, which picks
/// <see cref="LayoutKind.TextGrid"/> on them and never on the file's name.
/// </summary>
internal struct TextGridEvidence
{
    // Several lines, as for every layout: one stray box character or one "+--+" in prose is not a table.
    private const int MinimumLines = 3;

    private int _boxLines;
    private int _asciiGridRules;
    private int _paddedPipeRows;
    private int _labelNumberLines;

    /// <summary>Box-drawing borders (w3m, lynx), ASCII grid rules (pandoc) or pipes padded with '_' (html2text).</summary>
    public readonly bool IsDrawnTable => _boxLines >= MinimumLines || _asciiGridRules >= 2 || _paddedPipeRows >= MinimumLines;

    /// <summary>Some sign of a drawn table: a pipe table seen so far may still turn out to be one.</summary>
    public readonly bool MayBeDrawnTable => _asciiGridRules > 0 || _paddedPipeRows > 0;

    /// <summary>Lines that hold a row label and its numbers with single spaces (pdftotext -raw, text pasted from a PDF).</summary>
    public readonly bool HasLabelsWithNumbers => _labelNumberLines >= MinimumLines;

    /// <summary>Notes a line with text (trimmed), before its other kinds are tried.</summary>
    /// <returns>Whether the line was a drawn table's line, which is no evidence of any other layout.</returns>
    public bool NoteDrawn(ReadOnlySpan<char> trimmed)
    {
        // Only borders count: a line of ━━━━ alone is a decoration in many a report, not a table.
        int box = trimmed.IndexOfAnyInRange('\u2500', '\u257F');
        if (box >= 0 && HasBoxBorder(trimmed[box..]))
        {
            _boxLines++;
            return true;
        }

        if (IsAsciiGridRule(trimmed))
        {
            _asciiGridRules++;
            return true;
        }

        return false;
    }

    /// <summary>Notes a pipe-table row: html2text pads its cells with '_' up to the border.</summary>
    public void NotePipeRow(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.Contains("_|", StringComparison.Ordinal))
        {
            _paddedPipeRows++;
        }
    }

    /// <summary>Notes a line that is no table row of another layout.</summary>
    public void NotePlainLine(ReadOnlySpan<char> trimmed)
    {
        if (LabelAndNumbers.IsLabelWithNumbers(trimmed))
        {
            _labelNumberLines++;
        }
    }

    private static bool HasBoxBorder(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (GridCharacters.IsBoxBorder(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>+-----+=====+</c>: pluses at both ends, dashes or equals signs between.</summary>
    private static bool IsAsciiGridRule(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.Length < 3 || trimmed[0] != '+' || trimmed[^1] != '+')
        {
            return false;
        }

        bool stroke = false;
        foreach (char c in trimmed)
        {
            if (c is '-' or '=')
            {
                stroke = true;
            }
            else if (c is not '+' and not ':')
            {
                return false;
            }
        }

        return stroke;
    }
}

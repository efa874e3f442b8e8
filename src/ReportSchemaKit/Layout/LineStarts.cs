using System;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Layout;

/// <summary>
/// Maps a character index of a text to its line and column, for parsers (AngleSharp) that report indexes.
/// Lines end where <see cref="TextLineEnumerator"/> ends them, so every reader numbers lines alike.
/// </summary>
internal sealed class LineStarts
{
    private readonly int[] _starts;

    public LineStarts(string text)
    {
        var starts = new int[text.AsSpan().Count('\n') + text.AsSpan().Count('\r') + 1];
        int count = 1;
        ReadOnlySpan<char> span = text;
        for (int i = span.IndexOfAny('\r', '\n'); i >= 0;)
        {
            int next = span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n' ? i + 2 : i + 1;
            starts[count++] = next;
            int found = span[next..].IndexOfAny('\r', '\n');
            i = found < 0 ? -1 : next + found;
        }

        _starts = starts[..count];
    }

    /// <summary>The line and column of the character at <paramref name="index"/> (0-based).</summary>
    public SourcePosition ToPosition(int index)
    {
        int line = Array.BinarySearch(_starts, index);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new SourcePosition(line + 1, index - _starts[line] + 1);
    }
}

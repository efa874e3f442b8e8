using System;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Layout;

/// <summary>
/// Maps character indexes to line and column for a reader that asks in increasing order (a tokenizer),
/// scanning forward from the last answer instead of indexing every line start up front. Lines end where
/// <see cref="TextLineEnumerator"/> ends them (<c>\n</c>, <c>\r\n</c>, lone <c>\r</c>), so every reader numbers lines alike.
/// </summary>
internal sealed class ForwardPositions
{
    private readonly string _text;
    private int _scanned;
    private int _line = 1;
    private int _lineStart;

    public ForwardPositions(string text) => _text = text;

    /// <summary>The line and column of the character at <paramref name="index"/> (0-based).</summary>
    public SourcePosition ToPosition(int index)
    {
        index = Math.Clamp(index, 0, _text.Length);
        if (index < _scanned)
        {
            // Asked backwards: start over rather than guess.
            _scanned = 0;
            _line = 1;
            _lineStart = 0;
        }

        ReadOnlySpan<char> text = _text;
        while (_scanned < index)
        {
            int found = text[_scanned..index].IndexOfAny('\r', '\n');
            if (found < 0)
            {
                _scanned = index;
                break;
            }

            int at = _scanned + found;
            int next = text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? at + 2 : at + 1;
            _line++;
            _lineStart = next;
            _scanned = next;
        }

        return new SourcePosition(_line, Math.Max(1, index - _lineStart + 1));
    }
}

using System;

namespace ReportSchemaKit.Layout;

/// <summary>
/// Walks the lines of a text without allocating. A line ends at <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>;
/// the terminator is not part of the line.
/// </summary>
internal ref struct TextLineEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _next;

    public TextLineEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _next = 0;
        LineNumber = 0;
        Current = default;
    }

    /// <summary>The current line's number, from 1.</summary>
    public int LineNumber { get; private set; }

    /// <summary>The current line, without its terminator.</summary>
    public ReadOnlySpan<char> Current { get; private set; }

    public bool MoveNext()
    {
        if (_next > _text.Length)
        {
            return false;
        }

        ReadOnlySpan<char> rest = _text[_next..];
        int end = rest.IndexOfAny('\r', '\n');
        LineNumber++;
        if (end < 0)
        {
            Current = rest;
            _next = _text.Length + 1;
            return true;
        }

        Current = rest[..end];
        bool crlf = rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n';
        _next += end + (crlf ? 2 : 1);
        return true;
    }
}

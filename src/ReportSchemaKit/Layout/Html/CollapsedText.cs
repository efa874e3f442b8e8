using System;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Layout;

/// <summary>
/// Collects the text of one cell or narrative run as a browser shows it: each run of HTML spaces is one
/// space, and at a line break (<c>&lt;br&gt;</c>, a block boundary) the spaces around it are dropped.
/// </summary>
internal sealed class CollapsedText
{
    private char[] _buffer = new char[64];
    private int _length;
    private bool _atLineStart = true;

    public bool IsEmpty => _length == 0;

    public void Append(ReadOnlySpan<char> data)
    {
        foreach (char c in data)
        {
            if (IsHtmlSpace(c))
            {
                if (!_atLineStart && _length > 0 && _buffer[_length - 1] != ' ')
                {
                    Add(' ');
                }
            }
            else
            {
                Add(c);
                _atLineStart = false;
            }
        }
    }

    /// <summary>A line break: the space before it goes, and spaces after it are not collected.</summary>
    public void BreakLine()
    {
        if (_length > 0 && _buffer[_length - 1] == ' ')
        {
            _length--;
        }

        _atLineStart = true;
    }

    /// <summary>The text trimmed of spaces of every kind (NBSP too); the collector is empty afterwards.</summary>
    public string Take()
    {
        string text = CellText.Create(UnicodeSpaces.Trim(_buffer.AsSpan(0, _length)));
        Clear();
        return text;
    }

    public void Clear()
    {
        _length = 0;
        _atLineStart = true;
    }

    private void Add(char c)
    {
        if (_length == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        _buffer[_length++] = c;
    }

    private static bool IsHtmlSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}

using System;
using System.Collections.Generic;
using ReportSchemaKit.Layout;
using ReportSchemaKit.Parsing.Matching;

namespace ReportSchemaKit.Parsing;

/// <summary>
/// The working lists of one parse — the cell stream, the tokens, the table-start index — kept per thread
/// and reused by the next parse on that thread, so parsing thousands of reports does not allocate them
/// thousands of times. Nothing in a parse result points into them.
/// </summary>
internal sealed class ParseScratch
{
    // A report has hundreds of cells; buffers grown by a huge input are dropped rather than kept.
    private const int MaxKeptCells = 1 << 16;

    [ThreadStatic]
    private static ParseScratch? _idle;

    private Token[] _tokens = [];
    private ulong[] _startBits = [];
    private int _tokensUsed;

    public List<SourceCell> Cells { get; } = [];

    /// <summary>This thread's scratch, or a new one where it is in use (a parse inside a parse).</summary>
    public static ParseScratch Rent()
    {
        var scratch = _idle ?? new ParseScratch();
        _idle = null;
        return scratch;
    }

    /// <summary>Clears what the parse left, so no report's strings are kept alive, and keeps the buffers for the next.</summary>
    public void Return()
    {
        if (Cells.Capacity > MaxKeptCells)
        {
            return;
        }

        Cells.Clear();
        Array.Clear(_tokens, 0, _tokensUsed);
        _tokensUsed = 0;
        _idle = this;
    }

    /// <summary>A token array of exactly <paramref name="count"/> elements' use, as a segment of the kept buffer.</summary>
    public ArraySegment<Token> Tokens(int count)
    {
        if (_tokens.Length < count)
        {
            _tokens = new Token[count];
        }

        _tokensUsed = Math.Max(_tokensUsed, count);
        return new ArraySegment<Token>(_tokens, 0, count);
    }

    /// <summary>A bit set per token for the table-start index of one match: at least <paramref name="count"/> long, the first <paramref name="count"/> cleared.</summary>
    public ulong[] StartBits(int count)
    {
        if (_startBits.Length < count)
        {
            _startBits = new ulong[count];
        }

        Array.Clear(_startBits, 0, count);
        return _startBits;
    }
}

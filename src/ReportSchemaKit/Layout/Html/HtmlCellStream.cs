using System;
using System.Collections.Generic;
using AngleSharp.Common;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Layout;

/// <summary>
/// Streams AngleSharp's HTML5 tokens into the cell stream described on <see cref="HtmlLayoutReader"/>.
/// Reports need only tables, cells and the text around them, so instead of building a DOM this follows
/// the tree builder's rules for exactly those: a cell or row start closes the open cell, a table
/// directly inside a table closes it, a table inside a cell is read after that cell, and the content
/// of script, style and their kind is read in the mode a browser reads it and skipped.
/// </summary>
internal sealed class HtmlCellStream
{
    // The HTML spec's limits; a rowspan of 0 ("to the end of the section") is rare enough in reports to count as 1.
    private const int MaxColSpan = 1000;
    private const int MaxRowSpan = 65534;

    private static readonly StringOrMemory RowSpanName = new("rowspan");
    private static readonly StringOrMemory ColSpanName = new("colspan");

    private readonly HtmlTokenizer _tokenizer;
    private readonly ForwardPositions _positions;
    private readonly List<SourceCell> _stream;
    private readonly List<HtmlTable> _tables = [];
    private readonly List<HtmlCell> _cellsByDepth = [];

    // Open elements outside tables, so that text after a block or table is placed at its enclosing element.
    private readonly List<(string Name, SourcePosition Position)> _flow = [];
    private readonly CollapsedText _narrative = new();
    private SourcePosition _runAnchor = new(1, 1);
    private SourcePosition? _runStart;
    private int _openCells;
    private int _lastRow = -1;
    private string? _skipping;
    private int _skipDepth;

    private HtmlCellStream(HtmlTokenizer tokenizer, string text, List<SourceCell> stream)
    {
        _tokenizer = tokenizer;
        _stream = stream;
        _positions = new ForwardPositions(text);
    }

    public static void Read(string text, List<SourceCell> stream)
    {
        using var tokenizer = new HtmlTokenizer(new TextSource(text), HtmlEntityProvider.Resolver)
        {
            SkipComments = true,
            SkipProcessingInstructions = true,
        };
        new HtmlCellStream(tokenizer, text, stream).Run();
    }

    private HtmlTable? Top => _tables.Count > 0 ? _tables[^1] : null;

    private HtmlCell? CurrentCell => Top?.OpenCell;

    private void Run()
    {
        while (true)
        {
            ref StructHtmlToken token = ref _tokenizer.GetStructToken();
            switch (token.Type)
            {
                case HtmlTokenType.EndOfFile:
                    while (_tables.Count > 0)
                    {
                        EndTable();
                    }

                    FlushNarrative();
                    return;
                case HtmlTokenType.Character:
                    OnText(token.Data.Memory.Span);
                    break;
                case HtmlTokenType.StartTag:
                    OnStartTag(ref token);
                    break;
                case HtmlTokenType.EndTag:
                    OnEndTag(ref token);
                    break;
            }
        }
    }

    private void OnText(ReadOnlySpan<char> data)
    {
        if (_skipping is not null)
        {
            return;
        }

        if (Top is { } table)
        {
            if (table.OpenCell is { } cell)
            {
                cell.Text.Append(data);
                return;
            }

            // Spaces between table tags are layout; other text there is shown before the table by browsers.
            if (!table.InCaption && IsAllSpace(data))
            {
                return;
            }
        }

        if (_runStart is null)
        {
            if (IsAllSpace(data))
            {
                return;
            }

            _runStart = _runAnchor;
        }

        _narrative.Append(data);
    }

    private void OnStartTag(ref StructHtmlToken token)
    {
        ReadOnlySpan<char> name = token.Name.Memory.Span;
        if (_skipping is not null)
        {
            _skipDepth += name.SequenceEqual(_skipping) ? 1 : 0;
            return;
        }

        HtmlParseMode mode = HtmlElements.ContentMode(name);
        if (mode != HtmlParseMode.PCData)
        {
            _tokenizer.State = mode;
        }

        if (HtmlElements.IsSkipped(name))
        {
            _skipping = name.ToString();
            _skipDepth = 1;
            return;
        }

        SourcePosition position = PositionOf(ref token);
        switch (name)
        {
            case "table":
                StartTable();
                return;
            case "tr":
                StartRow(TableOrImplicit());
                return;
            case "td" or "th":
                StartCell(ref token, position);
                return;
            case "thead" or "tbody" or "tfoot":
                EndRow();
                return;
            case "caption" when Top is { OpenCell: null } table:
                FlushNarrative();
                table.InCaption = true;
                _runAnchor = position;
                return;
            case "br":
                BreakLine(position);
                return;
        }

        bool block = HtmlElements.IsBlock(name);
        if (CurrentCell is { } cell)
        {
            if (block)
            {
                cell.Text.BreakLine();
            }

            return;
        }

        if (block)
        {
            FlushNarrative();
            _runAnchor = position;
        }

        if (HtmlElements.IsVoid(name))
        {
            if (block)
            {
                // <hr> starts and ends at once.
                RestartAtEnclosingElement();
            }
        }
        else if (_tables.Count == 0)
        {
            _flow.Add((name.ToString(), position));
        }
    }

    private void OnEndTag(ref StructHtmlToken token)
    {
        ReadOnlySpan<char> name = token.Name.Memory.Span;
        if (_skipping is not null)
        {
            if (name.SequenceEqual(_skipping) && --_skipDepth == 0)
            {
                _skipping = null;
            }

            return;
        }

        switch (name)
        {
            case "table":
                if (_tables.Count > 0)
                {
                    EndTable();
                }

                return;
            case "tr" or "thead" or "tbody" or "tfoot":
                EndRow();
                return;
            case "td" or "th":
                if (Top is { } table)
                {
                    CloseCell(table);
                }

                return;
            case "caption":
                if (Top is { InCaption: true } captioned)
                {
                    FlushNarrative();
                    captioned.InCaption = false;
                }

                return;
            case "br":
                // </br> is read as <br> by browsers.
                BreakLine(PositionOf(ref token));
                return;
        }

        bool block = HtmlElements.IsBlock(name);
        if (CurrentCell is { } cell)
        {
            if (block)
            {
                cell.Text.BreakLine();
            }

            return;
        }

        if (block)
        {
            FlushNarrative();
        }

        if (_tables.Count == 0)
        {
            int open = LastOpen(name);
            if (open >= 0)
            {
                _flow.RemoveRange(open, _flow.Count - open);
            }
        }

        if (block)
        {
            RestartAtEnclosingElement();
        }
    }

    private void StartTable()
    {
        FlushNarrative();
        if (Top is { OpenCell: null })
        {
            // A table directly inside a table (not in a cell) ends the first one, as browsers read it.
            EndTable();
        }

        var table = new HtmlTable { Parent = CurrentCell };
        if (table.Parent is { } parent)
        {
            parent.HasNestedTable = true;
        }

        _tables.Add(table);
    }

    private void EndTable()
    {
        HtmlTable table = _tables[^1];
        CloseCell(table);
        if (table.InCaption)
        {
            FlushNarrative();
        }

        _tables.RemoveAt(_tables.Count - 1);
        if (_tables.Count == 0)
        {
            RestartAtEnclosingElement();
        }
    }

    // Rows and cells written without a <table> around them (a copied fragment) are read as a table.
    private HtmlTable TableOrImplicit()
    {
        if (Top is { } table)
        {
            return table;
        }

        FlushNarrative();
        _tables.Add(new HtmlTable());
        return _tables[^1];
    }

    private void StartRow(HtmlTable table)
    {
        CloseCell(table);
        table.Row = ++_lastRow;
        table.RowOpen = true;
    }

    private void EndRow()
    {
        if (Top is { } table)
        {
            CloseCell(table);
            table.RowOpen = false;
        }
    }

    private void StartCell(ref StructHtmlToken token, SourcePosition position)
    {
        HtmlTable table = TableOrImplicit();
        CloseCell(table);
        if (!table.RowOpen)
        {
            StartRow(table);
        }

        if (_cellsByDepth.Count == _openCells)
        {
            _cellsByDepth.Add(new HtmlCell());
        }

        HtmlCell cell = _cellsByDepth[_openCells++];
        cell.Open(position, table.Row, SpanOf(ref token, RowSpanName, MaxRowSpan), SpanOf(ref token, ColSpanName, MaxColSpan));
        table.OpenCell = cell;
    }

    private void CloseCell(HtmlTable table)
    {
        if (table.OpenCell is not { } cell)
        {
            return;
        }

        table.OpenCell = null;
        _openCells--;
        List<SourceCell> sink = table.Sink(_stream);
        string text = cell.Text.Take();

        // A cell that holds nothing but nested tables (a page-layout wrapper) is not a cell itself.
        if (text.Length > 0 || !cell.HasNestedTable)
        {
            sink.Add(new SourceCell(text, cell.Position, cell.Row, cell.RowSpan, cell.ColSpan));
        }

        sink.AddRange(cell.Nested);
        cell.Nested.Clear();
    }

    private void BreakLine(SourcePosition position)
    {
        if (CurrentCell is { } cell)
        {
            cell.Text.BreakLine();
            return;
        }

        FlushNarrative();
        _runAnchor = position;
    }

    private void FlushNarrative()
    {
        if (_runStart is not { } start)
        {
            return;
        }

        string text = _narrative.Take();
        if (text.Length > 0)
        {
            (Top?.Sink(_stream) ?? _stream).Add(new SourceCell(text, start, Row: -1, InTable: false));
        }

        _runStart = null;
    }

    // After a block or table ends, text that follows belongs to the element around it.
    private void RestartAtEnclosingElement()
    {
        if (_flow.Count > 0)
        {
            _runAnchor = _flow[^1].Position;
        }
    }

    private int LastOpen(ReadOnlySpan<char> name)
    {
        for (int i = _flow.Count - 1; i >= 0; i--)
        {
            if (name.SequenceEqual(_flow[i].Name))
            {
                return i;
            }
        }

        return -1;
    }

    private SourcePosition PositionOf(ref StructHtmlToken token) => _positions.ToPosition(token.Position.Index);

    // rowspan and colspan as browsers read them: leading spaces, then digits; anything else is 1.
    private static int SpanOf(ref StructHtmlToken token, StringOrMemory attribute, int max)
    {
        ReadOnlySpan<char> value = token.GetAttribute(attribute).Memory.Span.TrimStart(" \t\n\r\f");
        int digits = 0;
        long span = 0;
        while (digits < value.Length && char.IsAsciiDigit(value[digits]) && span <= max)
        {
            span = (span * 10) + (value[digits++] - '0');
        }

        return digits == 0 ? 1 : (int)Math.Clamp(span, 1, max);
    }

    private static bool IsAllSpace(ReadOnlySpan<char> data) => UnicodeSpaces.CountLeading(data) == data.Length;
}

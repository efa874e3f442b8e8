using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Layout;

/// <summary>
/// Walks a parsed HTML document in document order and collects the cell stream described on
/// <see cref="HtmlLayoutReader"/>. One walker serves one document.
/// </summary>
internal sealed class HtmlCellWalker
{
    // The HTML spec's limits (and AngleSharp leaves rowspan="0" as 0, which means "to the end of the
    // section" and is rare enough in reports to count as 1).
    private const int MaxColSpan = 1000;
    private const int MaxRowSpan = 65534;

    private readonly LineStarts _lines;
    private readonly StringBuilder _text = new();
    private SourcePosition _runAnchor = new(1, 1);
    private SourcePosition? _runStart;
    private int _lastRow = -1;

    public HtmlCellWalker(LineStarts lines) => _lines = lines;

    public List<SourceCell> Cells { get; } = [];

    public void Walk(IDocument document)
    {
        VisitFlowChildren(document);
        FlushNarrative();
    }

    private void VisitFlowChildren(INode parent)
    {
        INodeList children = parent.ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            switch (children[i])
            {
                case IText text:
                    AppendNarrative(text.Data);
                    break;
                case IElement element:
                    VisitFlowElement(element, parent);
                    break;
            }
        }
    }

    private void VisitFlowElement(IElement element, INode parent)
    {
        string name = element.LocalName;
        if (IsSkipped(name))
        {
            return;
        }

        if (name is "table")
        {
            FlushNarrative();
            VisitTable(element);
            RestartRunAt(parent);
            return;
        }

        if (name is "br")
        {
            FlushNarrative();
            _runAnchor = PositionOf(element) ?? _runAnchor;
            return;
        }

        bool block = IsBlock(name);
        if (block)
        {
            FlushNarrative();
            _runAnchor = PositionOf(element) ?? _runAnchor;
        }

        VisitFlowChildren(element);
        if (block)
        {
            FlushNarrative();
            RestartRunAt(parent);
        }
    }

    private void VisitTable(IElement table)
    {
        IHtmlCollection<IElement> children = table.Children;
        for (int i = 0; i < children.Length; i++)
        {
            IElement child = children[i];
            switch (child.LocalName)
            {
                case "tr":
                    VisitRow(child);
                    break;
                case "thead" or "tbody" or "tfoot":
                    IHtmlCollection<IElement> rows = child.Children;
                    for (int r = 0; r < rows.Length; r++)
                    {
                        if (rows[r].LocalName is "tr")
                        {
                            VisitRow(rows[r]);
                        }
                    }

                    break;
                case "caption":
                    _runAnchor = PositionOf(child) ?? _runAnchor;
                    VisitFlowChildren(child);
                    FlushNarrative();
                    break;
            }
        }
    }

    private void VisitRow(IElement tableRow)
    {
        int row = ++_lastRow;
        IHtmlCollection<IElement> cells = tableRow.Children;
        for (int i = 0; i < cells.Length; i++)
        {
            if (cells[i] is IHtmlTableCellElement cell)
            {
                VisitCell(cell, row);
            }
        }
    }

    private void VisitCell(IHtmlTableCellElement cell, int row)
    {
        _text.Clear();
        List<IElement>? nestedTables = null;
        bool atLineStart = true;
        CollectCellText(cell, ref nestedTables, ref atLineStart);
        string text = TakeText();
        if (text.Length > 0 || nestedTables is null)
        {
            Cells.Add(new SourceCell(
                text,
                PositionOf(cell) ?? _runAnchor,
                row,
                Math.Clamp(cell.RowSpan, 1, MaxRowSpan),
                Math.Clamp(cell.ColumnSpan, 1, MaxColSpan)));
        }

        if (nestedTables is not null)
        {
            foreach (IElement nested in nestedTables)
            {
                VisitTable(nested);
            }
        }
    }

    // Gathers the cell's text; <br> and block boundaries join without a space (as a browser starts a new
    // line there, the spaces around them are dropped too). Nested tables are set aside for later.
    private void CollectCellText(INode parent, ref List<IElement>? nestedTables, ref bool atLineStart)
    {
        INodeList children = parent.ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            switch (children[i])
            {
                case IText text:
                    AppendCollapsed(text.Data, ref atLineStart);
                    break;
                case IElement element when !IsSkipped(element.LocalName):
                    if (element.LocalName is "table")
                    {
                        (nestedTables ??= []).Add(element);
                    }
                    else if (element.LocalName is "br" || IsBlock(element.LocalName))
                    {
                        TrimTrailingHtmlSpace();
                        atLineStart = true;
                        CollectCellText(element, ref nestedTables, ref atLineStart);
                        TrimTrailingHtmlSpace();
                        atLineStart = true;
                    }
                    else
                    {
                        CollectCellText(element, ref nestedTables, ref atLineStart);
                    }

                    break;
            }
        }
    }

    private void AppendNarrative(string data)
    {
        if (_runStart is null)
        {
            if (IsAllSpace(data))
            {
                return;
            }

            _runStart = _runAnchor;
        }

        bool atLineStart = _text.Length == 0;
        AppendCollapsed(data, ref atLineStart);
    }

    private void FlushNarrative()
    {
        if (_runStart is not SourcePosition start)
        {
            return;
        }

        string text = TakeText();
        if (text.Length > 0)
        {
            Cells.Add(new SourceCell(text, start, Row: -1, InTable: false));
        }

        _runStart = null;
    }

    // After a block or table ends, text that follows belongs to the enclosing element.
    private void RestartRunAt(INode parent)
    {
        if (parent is IElement element)
        {
            _runAnchor = PositionOf(element) ?? _runAnchor;
        }
    }

    // Appends text with each run of HTML spaces (space, tab, CR, LF, FF) as one space, as a browser shows it.
    private void AppendCollapsed(string data, ref bool atLineStart)
    {
        foreach (char c in data)
        {
            if (IsHtmlSpace(c))
            {
                if (!atLineStart && _text.Length > 0 && _text[^1] != ' ')
                {
                    _text.Append(' ');
                }
            }
            else
            {
                _text.Append(c);
                atLineStart = false;
            }
        }
    }

    private void TrimTrailingHtmlSpace()
    {
        if (_text.Length > 0 && _text[^1] == ' ')
        {
            _text.Length--;
        }
    }

    // Returns the collected text trimmed of spaces of every kind (NBSP too) and clears the buffer.
    private string TakeText()
    {
        int length = _text.Length;
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(length, 1));
        try
        {
            _text.CopyTo(0, buffer, 0, length);
            _text.Clear();
            return CellText.Create(UnicodeSpaces.Trim(buffer.AsSpan(0, length)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private SourcePosition? PositionOf(IElement element)
    {
        int index = element.SourceReference?.Position.Index ?? -1;
        return index >= 0 ? _lines.ToPosition(index) : null;
    }

    private static bool IsHtmlSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private static bool IsAllSpace(string data)
    {
        foreach (char c in data)
        {
            if (!UnicodeSpaces.IsSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    // Elements whose content a reader never sees.
    private static bool IsSkipped(string name) => name is "script" or "style" or "template" or "noscript" or "iframe";

    // Elements that start a new line of text in a browser: narrative is split at them.
    private static bool IsBlock(string name) => name is
        "address" or "article" or "aside" or "blockquote" or "body" or "caption" or "center" or "dd" or "details"
        or "dialog" or "dir" or "div" or "dl" or "dt" or "fieldset" or "figcaption" or "figure" or "footer"
        or "form" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "head" or "header" or "hgroup" or "hr"
        or "html" or "legend" or "li" or "main" or "menu" or "nav" or "ol" or "option" or "p" or "pre"
        or "section" or "summary" or "title" or "ul";
}

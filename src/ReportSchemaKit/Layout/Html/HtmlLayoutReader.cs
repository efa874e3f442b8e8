using System;
using System.Collections.Generic;

namespace ReportSchemaKit.Layout;

/// <summary>
/// Reads HTML, from a bare <c>&lt;table&gt;</c> fragment to a whole saved page with navigation, scripts and
/// styles, with AngleSharp's HTML5 tokenizer and the tree builder's rules for tables (so unclosed tags and
/// other broken markup read as browsers read them), without building a DOM the reader would not use.
/// </summary>
/// <remarks>
/// <para>Every <c>&lt;td&gt;</c> and <c>&lt;th&gt;</c> of every table is a cell, blank ones included, with its
/// <c>rowspan</c> and <c>colspan</c> (at least 1) and the index of its <c>&lt;tr&gt;</c> counted across the
/// document. A cell's text is its text content with runs of HTML spaces collapsed to one space and the ends
/// trimmed (NBSP included); <c>&lt;br&gt;</c> and block boundaries inside a cell add nothing, so a label broken
/// over lines stays one label.</para>
/// <para>A table nested in a cell is read after that cell, with its own rows; a cell that holds nothing but
/// nested tables (a page-layout table wrapping the report) is not a cell itself.</para>
/// <para>Outside tables, the text of each block (paragraph, heading, <c>div</c>, list item, <c>title</c>,
/// caption, …), split at <c>&lt;br&gt;</c>, is a narrative cell (<see cref="SourceCell.InTable"/> false,
/// row -1). The content of <c>script</c>, <c>style</c>, <c>template</c>, <c>noscript</c>, <c>iframe</c>,
/// <c>noembed</c> and <c>noframes</c> is skipped; that of <c>title</c> and <c>textarea</c> is text, never markup.</para>
/// <para>Rows and cells written without a <c>&lt;table&gt;</c> around them (a fragment copied out of a page) are
/// read as one table.</para>
/// <para>Positions are those of the start tag: of the <c>&lt;td&gt;</c> for a cell, of the block or
/// <c>&lt;br&gt;</c> that starts a narrative run.</para>
/// </remarks>
public sealed class HtmlLayoutReader : ILayoutReader
{
    /// <inheritdoc />
    public LayoutKind Kind => LayoutKind.Html;

    /// <inheritdoc />
    public IReadOnlyList<SourceCell> Read(string text) => CellLists.Read(this, text);

    /// <inheritdoc />
    public void ReadInto(string text, List<SourceCell> cells)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(cells);
        HtmlCellStream.Read(text, cells);
    }
}

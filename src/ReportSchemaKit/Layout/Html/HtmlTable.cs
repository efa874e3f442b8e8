using System.Collections.Generic;

namespace ReportSchemaKit.Layout;

/// <summary>An open <c>&lt;table&gt;</c> while the HTML reader streams through it.</summary>
internal sealed class HtmlTable
{
    /// <summary>The cell that holds this table, or <c>null</c> for a table in the page's flow.</summary>
    public HtmlCell? Parent { get; set; }

    /// <summary>The cell being collected, or <c>null</c> between cells.</summary>
    public HtmlCell? OpenCell { get; set; }

    /// <summary>The document-wide number of the row being read, or -1 before the first <c>&lt;tr&gt;</c>.</summary>
    public int Row { get; set; } = -1;

    public bool RowOpen { get; set; }

    public bool InCaption { get; set; }

    /// <summary>Where this table's finished cells go: after the enclosing cell, or straight into the stream.</summary>
    public List<SourceCell> Sink(List<SourceCell> stream) => Parent is null ? stream : Parent.Nested;
}

namespace ReportSchemaKit.Layout;

/// <summary>How a report's text lays out its table cells.</summary>
public enum LayoutKind
{
    /// <summary>One cell per line, usually with blank lines between (text scraped from a web page).</summary>
    Lines,

    /// <summary>Table cells on tab-indented lines, one or several per line, among unindented prose.</summary>
    Tabs,

    /// <summary>Markdown pipe tables (<c>a | b |</c>) among prose lines.</summary>
    Pipes,

    /// <summary>HTML markup: a fragment with <c>&lt;table&gt;</c> or a whole saved page.</summary>
    Html,

    /// <summary>Columns aligned with runs of spaces, as PDF-to-text converters (<c>pdftotext -layout</c>) write tables.</summary>
    AlignedColumns,
}

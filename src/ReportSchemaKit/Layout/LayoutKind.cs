namespace ReportSchemaKit.Layout;

/// <summary>
/// How a report lays out its table cells: the text layouts, read from decoded text by an <see cref="ILayoutReader"/>,
/// and the document formats <see cref="Pdf"/> and <see cref="Docx"/>, read from the file's bytes by an <see cref="IDocumentReader"/>.
/// </summary>
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

    /// <summary>
    /// A PDF file with a text layer, read from its bytes by <see cref="PdfLayoutReader"/>: tables rebuilt from the
    /// ruling lines and the positions of the characters, not from text order.
    /// </summary>
    Pdf,

    /// <summary>A Word document (.docx), read from its bytes by <see cref="DocxLayoutReader"/>: real tables with their merged cells.</summary>
    Docx,

    /// <summary>
    /// Tables as text converters draw them: box-drawing borders (<c>w3m -dump</c>), pipes padded with <c>_</c>
    /// (<c>html2text</c>), ASCII grids with labels wrapped inside their cells (pandoc), and a label followed by its
    /// numbers with single spaces (<c>pdftotext -raw</c>); read by <see cref="TextGridReader"/>.
    /// </summary>
    TextGrid,
}

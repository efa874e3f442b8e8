namespace ReportSchemaKit.Rendering;

/// <summary>The output formats of <see cref="ReportRenderer"/>.</summary>
public enum RenderFormat
{
    /// <summary>Markdown: a heading per section and table, a pipe table per table (<see cref="MarkdownRenderer"/>).</summary>
    Markdown,

    /// <summary>A standalone HTML page in the official layout, findings highlighted (<see cref="HtmlRenderer"/>).</summary>
    Html,

    /// <summary>CSV in long form, one line per cell: report, version, table, row, column, key, value (<see cref="CsvRenderer"/>).</summary>
    Csv,

    /// <summary>JSON of the typed model with canonical ids as property names, through a System.Text.Json context.</summary>
    Json,

    /// <summary>The one-cell-per-line text layout of a scraped report page (<see cref="TextRenderer"/>).</summary>
    Text,
}

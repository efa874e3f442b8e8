namespace ReportSchemaKit.GovInfo.Tests.Parsing;

/// <summary>The shapes in which text converters print a report's tables (FORMATS.md, "Renderings of reports met in the wild").</summary>
public enum TextGridShape
{
    /// <summary>Box-drawing borders with a rule under every row, as <c>w3m -dump</c> draws a bordered HTML table.</summary>
    BoxDrawing,

    /// <summary>Pipes with cells padded by <c>_</c>, as <c>html2text</c> writes them.</summary>
    UnderscorePipes,

    /// <summary>ASCII grid tables with labels wrapped over lines inside their cells, as <c>pandoc -t plain</c> writes them.</summary>
    PandocGrid,

    /// <summary>A label and its values on one line with single spaces, long labels wrapped, as <c>pdftotext -raw</c> writes them.</summary>
    RawLines,

    /// <summary>One cell per line, where a label and its first value share a cell (<c>行政许可 0</c>).</summary>
    LabelWithValue,
}

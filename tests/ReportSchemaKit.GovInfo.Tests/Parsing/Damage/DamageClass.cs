namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>The classes of FORMATS.md's table of renderings met in the wild, each a family of damage.</summary>
public enum DamageClass
{
    /// <summary>No damage: the baseline, in the LayoutWriter styles and a grid of irregular spaces.</summary>
    None,

    /// <summary>Blank cells that vanished: a row of seven columns printed as <c>26 26</c>.</summary>
    BlanksVanish,

    /// <summary>Label and values on one line with single spaces, long labels wrapped with the values after them (pdftotext -raw).</summary>
    OneLineSingleSpaces,

    /// <summary>Labels on their own line, above or below their values, for one row, several or all.</summary>
    LabelsDisplaced,

    /// <summary>Value rows whose labels are lost.</summary>
    LabelsLost,

    /// <summary>A row group's label printed one character per line among its rows.</summary>
    VerticalGroupLabels,

    /// <summary>Page numbers (<c>— 4 —</c>, <c>-3-</c>), repeated header rows and <c>|---|</c> rows inside a table.</summary>
    PageNumbersAndHeaders,

    /// <summary>Section 四 as three five-column tables headed by row names; section 三 one table per row group with generic or wrong headers.</summary>
    SplitTables,

    /// <summary>A column lost, its numbers printed as loose text nearby (<c>55（含自然失效 29 件）</c>).</summary>
    ColumnLost,

    /// <summary>Label and value in one cell (<c>行政许可 0</c>).</summary>
    LabelAndValueInOneCell,

    /// <summary>Labels broken over two or three lines, values on the first line or the last.</summary>
    BrokenLabels,

    /// <summary>Reading order column after column: the labels of a block of rows, then their values one per line (pdftotext).</summary>
    ColumnReadingOrder,

    /// <summary>Box-drawing tables (w3m, lynx), undamaged otherwise.</summary>
    BoxDrawing,

    /// <summary>Pipes padded with underscores (html2text), undamaged otherwise.</summary>
    UnderscorePipes,

    /// <summary>Two of the damage classes above on one report.</summary>
    Pairs,
}

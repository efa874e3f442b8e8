namespace ReportSchemaKit.Parsing.Matching;

/// <summary>What a cell of the stream is to the matcher.</summary>
internal enum TokenKind
{
    /// <summary>Text: a label, a header, narrative or chrome.</summary>
    Text,

    /// <summary>A number, possibly with a unit.</summary>
    Number,

    /// <summary>An explicit empty marker such as / or 无.</summary>
    EmptyMarker,

    /// <summary>A blank cell the layout shows as a cell.</summary>
    Blank,

    /// <summary>A page number or similar furniture inside a table (— 5 —, -3-): never a value.</summary>
    PageFurniture,
}

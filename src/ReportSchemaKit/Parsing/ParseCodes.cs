namespace ReportSchemaKit.Parsing;

/// <summary>
/// The codes of parse diagnostics. Stable: users filter on them, so a retired code is never reused.
/// (RSK0001–RSK0999 belong to the template generator.)
/// </summary>
public static class ParseCodes
{
    /// <summary>The input holds no report tables (or is empty, binary, or a document that cannot be read).</summary>
    public const string NoReportTables = "RSK1001";

    /// <summary>A table of the template was not found; its cells are missing.</summary>
    public const string TableNotFound = "RSK1002";

    /// <summary>A row's label was not found; its cells are missing.</summary>
    public const string RowNotFound = "RSK1003";

    /// <summary>A row's label was lost (typically in conversion) and its values were bound by their position among the rows.</summary>
    public const string RowBoundByPosition = "RSK1004";

    /// <summary>A label was matched by tolerance (a typo, missing numbering, a truncated note) rather than exactly.</summary>
    public const string ApproximateLabel = "RSK1005";

    /// <summary>A cell is blank; it is missing, not zero.</summary>
    public const string BlankCell = "RSK1006";

    /// <summary>A cell holds an explicit empty marker (/, -, —, 无, 空); it is missing, not zero.</summary>
    public const string EmptyMarker = "RSK1007";

    /// <summary>A cell holds something that is not a value of its type; its text is kept in the message.</summary>
    public const string InvalidValue = "RSK1008";

    /// <summary>A row has fewer values than the table has columns; the last cells are missing.</summary>
    public const string MissingValues = "RSK1009";

    /// <summary>A row has more values than the table has columns; the extra ones are listed and ignored.</summary>
    public const string ExtraValues = "RSK1010";

    /// <summary>The year in the title and the table headers point at different template versions.</summary>
    public const string VersionDisagreement = "RSK1011";

    /// <summary>Neither the title nor the headers named a version; it was chosen by how well the tables fit.</summary>
    public const string VersionInferred = "RSK1012";

    /// <summary>A value carried a unit that was converted to the column's unit (251000元 → 25.1 万元).</summary>
    public const string UnitConverted = "RSK1013";

    /// <summary>A grouping header was printed as one row with values where the format has sub-rows.</summary>
    public const string GroupPrintedAsRow = "RSK1014";

    /// <summary>A label was matched through one of the template's declared variants.</summary>
    public const string VariantLabel = "RSK1015";

    /// <summary>
    /// A PDF, or some of its pages, holds only images and no text layer (a scan): the text must be recognised (OCR)
    /// before it can be read. An error when no page has text; a warning naming the pages otherwise.
    /// </summary>
    public const string NeedsOcr = "RSK1016";

    /// <summary>
    /// A PDF or Word file that cannot be read: damaged, truncated, encrypted with a password, or not the format its
    /// first bytes promise; also a format recognised but not read (a Word 97–2003 .doc, a ZIP that is not a Word document).
    /// </summary>
    public const string DocumentUnreadable = "RSK1017";

    /// <summary>Some bytes were not valid in the detected encoding and were read as U+FFFD; the text around them is kept.</summary>
    public const string UndecodableBytes = "RSK1020";

    /// <summary>
    /// Values were seen where a row stands but nothing places them in its columns (fewer values than columns, with
    /// the blanks gone, or a run that is no whole number of rows): the row's cells are missing, and the message names
    /// the values seen. Binding them left to right would put numbers in the wrong cells.
    /// </summary>
    public const string ValuesNotPlaced = "RSK1021";

    /// <summary>
    /// Two or more ways to place a table's values explained the text equally well and the template's rules did not
    /// single one out: the cells on which they disagree are missing, and the message names the rows concerned.
    /// </summary>
    public const string AmbiguousAlignment = "RSK1022";

    /// <summary>Two ways to place a table's values explained the text equally well; the template's rules held for only one, which was taken.</summary>
    public const string ChosenByRules = "RSK1023";

    /// <summary>A row's label stands after its values instead of before them (a converter moved it); the values were placed by the rows' order.</summary>
    public const string LabelDisplaced = "RSK1024";
}

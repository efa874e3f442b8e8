namespace ReportSchemaKit.Parsing.Matching.Alignment;

/// <summary>How a block stands to the row it is given, which decides both its score and the cell evidence.</summary>
internal enum BlockEvidence
{
    /// <summary>Right after the row's label (on its line, or on the lines that follow before any other label).</summary>
    AfterLabel,

    /// <summary>Right before the row's label, with no other label between: the label was printed below its values.</summary>
    BeforeLabel,

    /// <summary>Elsewhere: only the rows' order places it.</summary>
    Order,
}

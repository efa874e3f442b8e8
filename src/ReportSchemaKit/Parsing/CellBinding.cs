namespace ReportSchemaKit.Parsing;

/// <summary>
/// The evidence that placed a cell's text in its cell, so a user can keep only the cells bound on the evidence
/// they trust. Every bound cell has one; a missing cell has <see cref="None"/>.
/// </summary>
public enum CellBinding
{
    /// <summary>Nothing was bound: the cell is missing.</summary>
    None,

    /// <summary>Its row's label stands on its row (or right before its values), and the row shows every column.</summary>
    Label,

    /// <summary>A position the layout kept placed it: a table cell of an HTML, Word or PDF table, or a fixed slot of a printed row.</summary>
    ColumnPosition,

    /// <summary>
    /// The template's row order placed it: its row's label was lost or printed away from its values (a value row
    /// without a label, a label displaced above or below, labels printed before their values), and the order of the
    /// rows and the count of values left exactly one way to place them.
    /// </summary>
    Order,

    /// <summary>
    /// Two ways to place the values explained the text equally well, and the template's rules held for exactly one
    /// of them (the others broke a rule that the values leave assessable).
    /// </summary>
    Rules,
}

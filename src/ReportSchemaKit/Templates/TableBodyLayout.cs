namespace ReportSchemaKit.Templates;

/// <summary>How a table's model rows are printed in the official layout.</summary>
public enum TableBodyLayout
{
    /// <summary>One printed row per model row, its label(s) on the left.</summary>
    Grid,

    /// <summary>Every model row printed side by side on one line, in row order (section 四's fifteen numbers).</summary>
    SingleRow,
}

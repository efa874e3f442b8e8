namespace ReportSchemaKit.Parsing;

/// <summary>What the source said for one cell; keeps blank, explicit empty and missing apart from 0.</summary>
public enum CellState
{
    /// <summary>The table has no such cell: its row or table was not found.</summary>
    Missing,

    /// <summary>A value was read.</summary>
    Value,

    /// <summary>The cell is there but blank.</summary>
    Blank,

    /// <summary>The cell holds an explicit empty marker such as / or 无.</summary>
    EmptyMarker,

    /// <summary>The cell holds text that is not a value of its type.</summary>
    Invalid,
}

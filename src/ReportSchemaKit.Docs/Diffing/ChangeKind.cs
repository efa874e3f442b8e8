namespace ReportSchemaKit.Docs.Diffing;

/// <summary>How an element differs between two template versions.</summary>
public enum ChangeKind
{
    /// <summary>Only the newer version has it.</summary>
    Added,

    /// <summary>Only the older version has it.</summary>
    Removed,

    /// <summary>The same id, printed with a different label.</summary>
    Renamed,

    /// <summary>The same label in the same place under a different id: one id replaced the other.</summary>
    IdChanged,

    /// <summary>The same id under different groups (rows, columns) or in a different section (tables).</summary>
    Moved,

    /// <summary>The same column with a different cell type, scale or unit.</summary>
    TypeChanged,

    /// <summary>The same rule with a different assertion, severity, scope or message; the same claim with a different value, label or wordings.</summary>
    Changed,
}

namespace ReportSchemaKit.Templates;

/// <summary>What a rule's assertion is evaluated over (YAML <c>each</c>).</summary>
public enum RuleScope
{
    /// <summary>Once per column of the rule's table; bare names in the assertion are row ids.</summary>
    Column,

    /// <summary>Once per row of the rule's table; bare names in the assertion are column ids.</summary>
    Row,

    /// <summary>Once per cell of the report (optionally filtered by cell type); the cell is <c>value</c>.</summary>
    Cell,

    /// <summary>Once per report; names are full cell keys <c>Table.Row.Column</c>.</summary>
    Report,
}

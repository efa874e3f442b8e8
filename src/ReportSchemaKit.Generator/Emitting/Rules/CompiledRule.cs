using System.Collections.Generic;

namespace ReportSchemaKit.Generator.Emitting.Rules;

// What the Validator template arranges: every text is finished C#, so the template never builds code.

/// <summary>One rule compiled into a private method of the report type.</summary>
internal sealed class CompiledRule
{
    /// <summary>The rule's index in the template's rules, which the runtime reads id, severity and messages from.</summary>
    public int Index { get; set; }

    public string MethodName { get; set; } = string.Empty;

    public bool AcrossYears { get; set; }

    /// <summary>Doc-comment text: the rule id, its assertion and what it runs over.</summary>
    public string Doc { get; set; } = string.Empty;

    /// <summary>The C# comparison operator that means the assertion fails (the negated operator).</summary>
    public string FailingOperator { get; set; } = string.Empty;

    /// <summary>Unrolled checks of a column, row or report rule, one per column, row or report.</summary>
    public List<CompiledCheck> Checks { get; } = [];

    /// <summary>True for <c>each: cell</c>: one loop over <see cref="CellOrdinalLines"/> instead of unrolled checks.</summary>
    public bool IsCellRule { get; set; }

    /// <summary>The ordinals a cell rule covers, as lines of a C# collection expression: <c>0, 1, 2,</c>.</summary>
    public List<string> CellOrdinalLines { get; } = [];

    public bool UsesValue { get; set; }

    public bool UsesScale { get; set; }

    /// <summary>A cell rule's left side, over the loop's <c>value</c> and <c>scale</c>.</summary>
    public string Left { get; set; } = string.Empty;

    /// <summary>A cell rule's right side.</summary>
    public string Right { get; set; } = string.Empty;

    /// <summary>Whether the method has anything to evaluate (a rule over an empty table has not).</summary>
    public bool HasWork => IsCellRule || Checks.Count > 0;
}

/// <summary>One evaluation of a rule: for one column, one row, or the report.</summary>
internal sealed class CompiledCheck
{
    /// <summary>Where, as a wildcard key for a comment: <c>Requests.*.Total</c>.</summary>
    public string Location { get; set; } = string.Empty;

    /// <summary>The table id as a C# literal, or <c>null</c>.</summary>
    public string TableLiteral { get; set; } = "null";

    /// <summary>The column id, row id, or empty, as a C# literal.</summary>
    public string ScopeLiteral { get; set; } = "\"\"";

    public string Left { get; set; } = string.Empty;

    public string Right { get; set; } = string.Empty;

    /// <summary>C# expressions building the finding's cells.</summary>
    public List<string> Cells { get; } = [];
}

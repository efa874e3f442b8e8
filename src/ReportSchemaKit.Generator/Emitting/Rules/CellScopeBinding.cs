using System;
using System.Collections.Generic;
using ReportSchemaKit.Generator.Expressions;

namespace ReportSchemaKit.Generator.Emitting.Rules;

/// <summary>
/// <c>each: cell</c>: the generated loop over the rule's cell ordinals holds the cell's value in a
/// local <c>value</c> and its column's scale in <c>scale</c>; the finding's cell is the loop's cell.
/// </summary>
internal sealed class CellScopeBinding : ScopeBinding
{
    public bool UsesValue { get; private set; }

    public bool UsesScale { get; private set; }

    public override Operand Bind(NameExpr name)
    {
        switch (name.Parts[0])
        {
            case "value":
                UsesValue = true;
                return new Operand("value", null);
            case "scale":
                UsesScale = true;
                return new Operand("scale", null);
            default:
                throw new InvalidOperationException($"A cell rule names '{name.Dotted}'; only value and scale resolve there.");
        }
    }

    public override IEnumerable<NameExpr> Expand(SumRangeExpr range) =>
        throw new InvalidOperationException("sum(A..B) does not apply to a cell rule.");
}

using System;
using System.Collections.Generic;
using ReportSchemaKit.Generator.Expressions;

namespace ReportSchemaKit.Generator.Emitting.Rules;

/// <summary><c>each: report</c>: names are full keys <c>Table.Row.Column</c>.</summary>
internal sealed class ReportBinding : ScopeBinding
{
    private readonly CellMap _cells;

    public ReportBinding(CellMap cells) => _cells = cells;

    public override Operand Bind(NameExpr name) =>
        name.Previous
            ? Previous(name.Parts[0], name.Parts[1], name.Parts[2])
            : Current(_cells, name.Parts[0], name.Parts[1], name.Parts[2]);

    public override IEnumerable<NameExpr> Expand(SumRangeExpr range) =>
        throw new InvalidOperationException("sum(A..B) runs over the rows or columns of an 'each: column' or 'each: row' rule.");
}

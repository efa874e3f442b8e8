using System.Collections.Generic;
using ReportSchemaKit.Generator.Expressions;

namespace ReportSchemaKit.Generator.Emitting.Rules;

/// <summary>
/// What the names of an assertion mean in one place it is evaluated (a column, a row, a cell, the
/// report): each name becomes C# reading a <c>decimal?</c>, and, where it is a cell, C# building the
/// finding's cell.
/// </summary>
internal abstract class ScopeBinding
{
    /// <summary>The C# expression (of type <c>decimal?</c>) for a name, and its cell where it is one.</summary>
    public abstract Operand Bind(NameExpr name);

    /// <summary>The names <c>sum(A..B)</c> covers, in printed order.</summary>
    public abstract IEnumerable<NameExpr> Expand(SumRangeExpr range);

    /// <summary>A cell of this year's report: its typed property, and its finding cell by ordinal.</summary>
    protected static Operand Current(CellMap cells, string table, string row, string column) =>
        new($"(decimal?)this.{table}.{row}.{column}", $"findings.Cell({CSharp.Int(cells.Ordinal(table, row, column))})");

    /// <summary>
    /// A cell of last year's report: read by key because that report may follow another version of the
    /// family, which may lack the cell (then the rule is not assessable).
    /// </summary>
    protected static Operand Previous(string table, string row, string column)
    {
        var key = CSharp.Literal(table + "." + row + "." + column);
        return new Operand($"findings.Previous({key})", $"findings.PreviousCell({key})");
    }
}

/// <summary>C# reading a value, and C# building its finding cell (<c>null</c> where the name is no cell, such as <c>scale</c>).</summary>
internal readonly record struct Operand(string Code, string? CellCode);

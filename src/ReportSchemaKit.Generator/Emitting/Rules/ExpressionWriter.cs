using System;
using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Generator.Expressions;

namespace ReportSchemaKit.Generator.Emitting.Rules;

/// <summary>
/// Writes one side of an assertion as a C# expression of type <c>decimal?</c>. The lifted operators
/// of <c>decimal?</c> carry a blank cell through as <c>null</c>, which is what makes a rule not
/// assessable rather than failed. Collects the finding cells the side reads, in order, once each.
/// </summary>
internal sealed class ExpressionWriter
{
    private readonly ScopeBinding _binding;
    private readonly List<string> _cells = [];

    public ExpressionWriter(ScopeBinding binding) => _binding = binding;

    /// <summary>The C# building each finding cell read so far, in the order the assertion names them.</summary>
    public IReadOnlyList<string> Cells => _cells;

    public string Write(Expr expr) => Write(expr, parenthesize: false);

    private string Write(Expr expr, bool parenthesize)
    {
        switch (expr)
        {
            case NumberExpr number:
                return number.Text + "m";
            case NameExpr name:
                return Name(name);
            case PlacesExpr places:
                return "global::ReportSchemaKit.Validation.RuleMath.Places(" + Write(places.Argument, parenthesize: false) + ")";
            case SumRangeExpr range:
                var terms = _binding.Expand(range).Select(Name).ToList();
                var sum = string.Join(" + ", terms);
                return parenthesize && terms.Count > 1 ? "(" + sum + ")" : sum;
            case BinaryExpr binary:
                // Left-nested chains (a + b - c) read as written; a right operand that is itself a sum keeps its parentheses.
                var text = Write(binary.Left, parenthesize: false) + " " + binary.Operator + " " + Write(binary.Right, parenthesize: true);
                return parenthesize ? "(" + text + ")" : text;
            default:
                throw new InvalidOperationException("Unknown expression " + expr.GetType().Name);
        }
    }

    private string Name(NameExpr name)
    {
        var operand = _binding.Bind(name);
        if (operand.CellCode is { } cell && !_cells.Contains(cell))
        {
            _cells.Add(cell);
        }

        return operand.Code;
    }
}

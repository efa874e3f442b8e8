using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Generator.Emitting.Rules;
using ReportSchemaKit.Generator.Expressions;
using ReportSchemaKit.Generator.Spec;

namespace ReportSchemaKit.Generator.Emitting.Claims;

/// <summary>
/// Compiles each claim's value — a sum of full keys, resolved by the parser — into C# over the typed
/// report, through the rules' <see cref="ExpressionWriter"/> and <see cref="ReportBinding"/>, together
/// with the alternative readings the runtime needs to call a mismatch uncertain: each term of a sum
/// alone, and the same rows in every other column the named tables share.
/// </summary>
internal static class ClaimCompiler
{
    public static List<CompiledClaim> CompileAll(TemplateSpec spec)
    {
        var cells = CellMap.Of(spec);
        return spec.Claims.Select((claim, index) => Compile(claim, index, cells)).ToList();
    }

    public static CompiledClaim Compile(ClaimSpec claim, int index, CellMap cells)
    {
        var compiled = new CompiledClaim { Index = index, Comment = claim.Id + ": " + claim.Value.Replace('\n', ' ').Replace('\r', ' ') };
        var writer = new ExpressionWriter(new ReportBinding(cells));
        compiled.Value = writer.Write(claim.Parsed);
        compiled.Cells.AddRange(writer.Cells);

        var names = Names(claim.Parsed).ToList();
        if (names.Count > 1)
        {
            foreach (var name in names.GroupBy(n => n.Dotted).Select(g => g.First()))
            {
                compiled.Alternatives.Add(Alternative(name, $"{name.Dotted} alone", cells));
            }
        }

        foreach (var column in SharedOtherColumns(names, cells))
        {
            var reading = WithColumn(claim.Parsed, column.Id);
            var from = names[0].Parts[2];
            compiled.Alternatives.Add(Alternative(reading, $"the {column.Id} column ({column.Label}) rather than {from}", cells));
        }

        return compiled;
    }

    private static CompiledAlternative Alternative(Expr reading, string description, CellMap cells)
    {
        var writer = new ExpressionWriter(new ReportBinding(cells));
        var alternative = new CompiledAlternative { DescriptionLiteral = CSharp.Literal(description), Value = writer.Write(reading) };
        alternative.Cells.AddRange(writer.Cells);
        return alternative;
    }

    /// <summary>
    /// The columns, other than the one every name reads, that every named table has: where the names
    /// read different columns there is no single "other column" reading.
    /// </summary>
    private static IEnumerable<ColumnSpec> SharedOtherColumns(List<NameExpr> names, CellMap cells)
    {
        if (names.Count == 0 || names.Select(n => n.Parts[2]).Distinct().Count() != 1)
        {
            return [];
        }

        var column = names[0].Parts[2];
        var tables = names.Select(n => cells.Table(n.Parts[0])).Distinct().ToList();
        return tables[0].Columns.Where(c => c.Id != column && tables.All(t => t.Columns.Any(o => o.Id == c.Id)));
    }

    private static IEnumerable<NameExpr> Names(Expr expr) => expr switch
    {
        NameExpr name => [name],
        BinaryExpr binary => Names(binary.Left).Concat(Names(binary.Right)),
        _ => [],
    };

    private static Expr WithColumn(Expr expr, string column) => expr switch
    {
        NameExpr name => name with { Parts = new[] { name.Parts[0], name.Parts[1], column }.ToEquatableArray() },
        BinaryExpr binary => binary with { Left = WithColumn(binary.Left, column), Right = WithColumn(binary.Right, column) },
        _ => expr,
    };
}

using System;
using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Generator.Expressions;
using ReportSchemaKit.Generator.Parsing;
using ReportSchemaKit.Generator.Spec;

namespace ReportSchemaKit.Generator.Emitting.Rules;

/// <summary>
/// Compiles a rule's parsed assertion into C# per place it is evaluated: unrolled per column or row of
/// each of its tables, once for a report rule, and a loop over cell ordinals for a cell rule. Nothing
/// about the assertion is left to interpret at run time.
/// </summary>
internal static class RuleCompiler
{
    public static List<CompiledRule> CompileAll(TemplateSpec spec)
    {
        var cells = CellMap.Of(spec);
        var names = new HashSet<string>(StringComparer.Ordinal);
        return spec.Rules.Select((rule, index) => Compile(rule, index, cells, names)).ToList();
    }

    /// <param name="rule">The rule, its names already resolved by the parser.</param>
    /// <param name="index">The rule's index in the template's rules.</param>
    /// <param name="cells">The template's cells.</param>
    /// <param name="methodNames">Method names taken so far; the rule's is added.</param>
    public static CompiledRule Compile(RuleSpec rule, int index, CellMap cells, HashSet<string> methodNames)
    {
        var compiled = new CompiledRule
        {
            Index = index,
            MethodName = MethodName(rule.Id, methodNames),
            AcrossYears = rule.AcrossYears,
            Doc = CSharp.Doc($"{rule.Id}: {rule.Assertion} — each {ScopeWord(rule.Scope)}" + (rule.AcrossYears ? ", against the previous year's report." : ".")),
            FailingOperator = Negate(rule.Parsed.Operator),
        };

        switch (rule.Scope)
        {
            case RuleScopeKind.Column:
                foreach (var table in rule.Tables.Select(cells.Table))
                {
                    foreach (var column in table.Columns)
                    {
                        compiled.Checks.Add(Check(rule.Parsed, AxisBinding.ForColumn(cells, table, column.Id), table.Id + ".*." + column.Id, table.Id, column.Id));
                    }
                }

                break;
            case RuleScopeKind.Row:
                foreach (var table in rule.Tables.Select(cells.Table))
                {
                    foreach (var row in table.Rows)
                    {
                        compiled.Checks.Add(Check(rule.Parsed, AxisBinding.ForRow(cells, table, row.Id), table.Id + "." + row.Id + ".*", table.Id, row.Id));
                    }
                }

                break;
            case RuleScopeKind.Report:
                compiled.Checks.Add(Check(rule.Parsed, new ReportBinding(cells), "report", null, string.Empty));
                break;
            case RuleScopeKind.Cell:
                CompileCellRule(rule, cells, compiled);
                break;
        }

        return compiled;
    }

    private static CompiledCheck Check(Comparison comparison, ScopeBinding binding, string location, string? table, string scope)
    {
        var writer = new ExpressionWriter(binding);
        var check = new CompiledCheck
        {
            Location = location,
            TableLiteral = CSharp.Literal(table),
            ScopeLiteral = CSharp.Literal(scope),
            Left = writer.Write(comparison.Left),
            Right = writer.Write(comparison.Right),
        };
        check.Cells.AddRange(writer.Cells);
        return check;
    }

    private static void CompileCellRule(RuleSpec rule, CellMap cells, CompiledRule compiled)
    {
        var binding = new CellScopeBinding();
        var writer = new ExpressionWriter(binding);
        compiled.IsCellRule = true;
        compiled.Left = writer.Write(rule.Parsed.Left);
        compiled.Right = writer.Write(rule.Parsed.Right);
        compiled.UsesValue = binding.UsesValue;
        compiled.UsesScale = binding.UsesScale;

        var ordinals = new List<int>();
        foreach (var table in cells.Tables.Where(t => rule.Tables.Count == 0 || rule.Tables.Contains(t.Id)))
        {
            foreach (var row in table.Rows)
            {
                foreach (var column in table.Columns)
                {
                    if (rule.CellTypes.Count == 0 || rule.CellTypes.Contains(new CellKindValue(column.Type)))
                    {
                        ordinals.Add(cells.Ordinal(table.Id, row.Id, column.Id));
                    }
                }
            }
        }

        // Twenty to a line keeps the generated file readable.
        for (var i = 0; i < ordinals.Count; i += 20)
        {
            compiled.CellOrdinalLines.Add(string.Join(", ", ordinals.Skip(i).Take(20).Select(CSharp.Int)) + ",");
        }
    }

    /// <summary>requests.results-sum → Check_RequestsResultsSum; unique within the template.</summary>
    internal static string MethodName(string ruleId, HashSet<string> taken)
    {
        // The underscore keeps the name apart from table ids, which are PascalCase letters and digits only.
        var name = "Check_" + Identifiers.Pascal(ruleId.Replace('.', '-'));
        var unique = name;
        for (var n = 2; !taken.Add(unique); n++)
        {
            unique = name + "_" + CSharp.Int(n);
        }

        return unique;
    }

    internal static string Negate(string comparison) => comparison switch
    {
        "==" => "!=",
        "!=" => "==",
        "<=" => ">",
        ">=" => "<",
        "<" => ">=",
        ">" => "<=",
        _ => throw new InvalidOperationException($"Unknown comparison '{comparison}'."),
    };

    private static string ScopeWord(RuleScopeKind scope) => scope switch
    {
        RuleScopeKind.Column => "column",
        RuleScopeKind.Row => "row",
        RuleScopeKind.Cell => "cell",
        _ => "report",
    };
}

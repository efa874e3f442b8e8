using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Generator.Diagnostics;
using ReportSchemaKit.Generator.Expressions;
using ReportSchemaKit.Generator.Spec;
using YamlDotNet.RepresentationModel;

namespace ReportSchemaKit.Generator.Parsing;

/// <summary>
/// Checks that every name in a rule's assertion exists in the rule's scope: row ids for
/// <c>each: column</c>, column ids for <c>each: row</c>, <c>value</c>/<c>scale</c> for
/// <c>each: cell</c>, full keys for <c>each: report</c> and for a claim's value.
/// </summary>
internal sealed class NameResolver
{
    private static readonly string[] CellNames = ["value", "scale"];

    private readonly string _ruleId;
    private readonly RuleScopeKind _scope;
    private readonly bool _across;
    private readonly List<TableSpec> _ruleTables;
    private readonly TableRegistry _allTables;
    private readonly YamlScalarNode _assertNode;
    private readonly DiagnosticBag _diagnostics;
    private readonly Microsoft.CodeAnalysis.DiagnosticDescriptor _unknownName;
    private bool _ok = true;

    public NameResolver(string ruleId, RuleScopeKind scope, bool across, List<TableSpec> ruleTables, TableRegistry allTables, YamlScalarNode assertNode, DiagnosticBag diagnostics)
    {
        _ruleId = ruleId;
        _scope = scope;
        _across = across;
        _ruleTables = ruleTables;
        _allTables = allTables;
        _assertNode = assertNode;
        _diagnostics = diagnostics;
        _unknownName = DiagnosticDescriptors.UnknownName;
    }

    private NameResolver(string claimId, TableRegistry allTables, YamlScalarNode valueNode, DiagnosticBag diagnostics)
        : this(claimId, RuleScopeKind.Report, across: false, [], allTables, valueNode, diagnostics) =>
        _unknownName = DiagnosticDescriptors.ClaimUnknownName;

    /// <summary>A resolver for a claim's value: full keys of this year's report, reported as RSK0014.</summary>
    public static NameResolver ForClaim(string claimId, TableRegistry allTables, YamlScalarNode valueNode, DiagnosticBag diagnostics) =>
        new(claimId, allTables, valueNode, diagnostics);

    public bool Check(Comparison comparison)
    {
        Visit(comparison.Left);
        Visit(comparison.Right);
        return _ok;
    }

    public bool Check(Expr expr)
    {
        Visit(expr);
        return _ok;
    }

    private void Visit(Expr expr)
    {
        switch (expr)
        {
            case BinaryExpr binary:
                Visit(binary.Left);
                Visit(binary.Right);
                break;
            case PlacesExpr places:
                Visit(places.Argument);
                break;
            case SumRangeExpr range:
                CheckRange(range);
                break;
            case NameExpr name:
                CheckName(name);
                break;
        }
    }

    private void CheckName(NameExpr name)
    {
        if (name.Previous && !_across)
        {
            Fail(name, "available here", "'previous.' reads last year's report; add 'across: previous-year' to the rule");
            return;
        }

        switch (_scope)
        {
            case RuleScopeKind.Column:
                CheckAxisName(name, "a row", t => t.Rows.Select(r => r.Id).ToList());
                break;
            case RuleScopeKind.Row:
                CheckAxisName(name, "a column", t => t.Columns.Select(c => c.Id).ToList());
                break;
            case RuleScopeKind.Cell:
                if (name.Parts.Count != 1 || !CellNames.Contains(name.Parts[0]))
                {
                    Fail(name, "a name of a cell rule", "A cell rule speaks of 'value' (the cell) and 'scale' (its allowed decimal places)");
                }

                break;
            case RuleScopeKind.Report:
                CheckKey(name);
                break;
        }
    }

    private void CheckAxisName(NameExpr name, string what, System.Func<TableSpec, List<string>> ids)
    {
        if (name.Parts.Count != 1)
        {
            Fail(name, $"{what} id", $"In an 'each: {(_scope == RuleScopeKind.Column ? "column" : "row")}' rule, write bare ids such as NewReceived");
            return;
        }

        foreach (var table in _ruleTables)
        {
            var known = ids(table);
            if (known.Count == 0)
            {
                // The table's own definition failed and said so; naming its missing ids would only add noise.
                return;
            }

            if (!known.Contains(name.Parts[0]))
            {
                var closest = EditDistance.Closest(name.Parts[0], known, 3);
                Fail(name, $"{what} of table {table.Id}", closest is null ? $"The ids are: {string.Join(", ", known)}" : $"Did you mean '{closest}'?");
                return;
            }
        }
    }

    private void CheckKey(NameExpr name)
    {
        if (name.Parts.Count != 3)
        {
            Fail(name, "a cell key", "In an 'each: report' rule, write keys as Table.Row.Column");
            return;
        }

        var table = _allTables.Find(name.Parts[0]);
        if (table is null)
        {
            Fail(name, "a cell key", $"There is no table '{name.Parts[0]}'");
        }
        else if (table.Rows.All(r => r.Id != name.Parts[1]))
        {
            Fail(name, "a cell key", $"Table {table.Id} has no row '{name.Parts[1]}'");
        }
        else if (table.Columns.All(c => c.Id != name.Parts[2]))
        {
            Fail(name, "a cell key", $"Table {table.Id} has no column '{name.Parts[2]}'");
        }
    }

    private void CheckRange(SumRangeExpr range)
    {
        if (_scope is not (RuleScopeKind.Column or RuleScopeKind.Row))
        {
            Fail(range.From, "usable in sum(A..B) here", "sum(A..B) runs over the rows or columns of an 'each: column' or 'each: row' rule");
            return;
        }

        if (range.From.Previous != range.To.Previous)
        {
            // One range reads one report; the validator would otherwise have to guess which.
            Fail(range.To, "usable as this range's end", "Write both ends from the same report: sum(A..B) or sum(previous.A..previous.B)");
            return;
        }

        var before = _ok;
        CheckName(range.From);
        CheckName(range.To);
        if (!_ok || !before)
        {
            return;
        }

        foreach (var table in _ruleTables)
        {
            var ids = _scope == RuleScopeKind.Column ? table.Rows.Select(r => r.Id).ToList() : table.Columns.Select(c => c.Id).ToList();
            if (ids.IndexOf(range.From.Parts[0]) > ids.IndexOf(range.To.Parts[0]))
            {
                Fail(range.To, "after the range's start", $"In sum(A..B), A must come before B in table {table.Id}");
                return;
            }
        }
    }

    private void Fail(NameExpr name, string what, string hint)
    {
        _ok = false;
        var at = RuleParser.MarkWithin(_assertNode, name.Offset);
        _diagnostics.Report(_unknownName, at, at, _ruleId, (name.Previous ? "previous." : string.Empty) + name.Dotted, what, hint);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Generator.Diagnostics;
using ReportSchemaKit.Generator.Expressions;
using ReportSchemaKit.Generator.Spec;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportSchemaKit.Generator.Parsing;

/// <summary>Reads a consistency rule and resolves every name in its assertion against the tables.</summary>
internal static class RuleParser
{
    public static RuleSpec? Read(MappingReader reader, TableRegistry tables, HashSet<string> ruleIds)
    {
        var diagnostics = reader.Diagnostics;
        var id = reader.RequiredString("id", "a rule id such as requests.balance");
        var idIsValid = TemplateParser.CheckId(reader, "id", id, Identifiers.ExplainRule, "rule");
        TemplateParser.CheckUnique(reader, id, ruleIds, "rule", " by another rule");
        var severity = reader.OneOf("severity", "info", "warning", "error") switch
        {
            "info" => RuleSeverityKind.Info,
            "warning" => RuleSeverityKind.Warning,
            _ => RuleSeverityKind.Error,
        };
        var scopeWord = reader.Has("each")
            ? reader.OneOf("each", "column", "row", "cell", "report")
            : reader.RequiredString("each", "what the assertion runs over: column, row, cell or report");
        RuleScopeKind? scope = scopeWord switch
        {
            "column" => RuleScopeKind.Column,
            "row" => RuleScopeKind.Row,
            "cell" => RuleScopeKind.Cell,
            "report" => RuleScopeKind.Report,
            _ => null,
        };
        var across = reader.OneOf("across", "previous-year") is not null;
        var ruleTables = ReadTables(reader, tables, scope);
        var types = ReadTypes(reader, scope);
        var assertion = reader.RequiredString("assert", "the assertion, for example 'Total == A + B'");
        var message = reader.Mapping("message", KeySets.Message, required: true, "the finding's message as { zh: …, en: … }");
        var zh = message?.RequiredString("zh", "the message in Chinese");
        var en = message?.RequiredString("en", "the message in English");

        if (id is null || !idIsValid || scope is null || assertion is null || ruleTables is null || zh is null || en is null)
        {
            return null;
        }

        if (across && scope == RuleScopeKind.Cell)
        {
            var node = reader.Get("across")!;
            diagnostics.Report(DiagnosticDescriptors.InvalidValue, node.Start, node.End,
                "'across: previous-year' compares rows, columns or whole reports; it does not apply to 'each: cell'");
            return null;
        }

        var assertNode = (YamlScalarNode)reader.Get("assert")!;
        Comparison parsed;
        try
        {
            parsed = ExpressionParser.Parse(assertion);
        }
        catch (ExpressionSyntaxException exception)
        {
            var at = MarkWithin(assertNode, exception.Offset);
            diagnostics.Report(DiagnosticDescriptors.InvalidExpression, at, at, id, exception.Message);
            return null;
        }

        var resolver = new NameResolver(id, scope.Value, across, ruleTables.Select(t => tables.Find(t)!).ToList(), tables, assertNode, diagnostics);
        if (!resolver.Check(parsed))
        {
            return null;
        }

        return new RuleSpec(id, severity, scope.Value, across, ruleTables.ToEquatableArray(), types, assertion, parsed, zh, en, reader.OptionalString("description"));
    }

    private static List<string>? ReadTables(MappingReader reader, TableRegistry tables, RuleScopeKind? scope)
    {
        var names = new List<string>();
        if (reader.OptionalString("table") is { } single)
        {
            names.Add(single);
        }

        names.AddRange(reader.StringList("tables"));
        if (names.Count == 0 && scope is RuleScopeKind.Column or RuleScopeKind.Row)
        {
            reader.Required("table", "the table whose rows or columns the rule runs over");
            return null;
        }

        var ok = true;
        foreach (var name in names)
        {
            if (!tables.Contains(name))
            {
                var node = reader.Get("table") ?? reader.Get("tables")!;
                var closest = EditDistance.Closest(name, tables.Ids, 3);
                reader.Diagnostics.Report(DiagnosticDescriptors.UnknownName, node.Start, node.End, reader.OptionalString("id") ?? "?", name, "a table of this template",
                    closest is null ? $"The tables are: {string.Join(", ", tables.Ids)}" : $"Did you mean '{closest}'?");
                ok = false;
            }
        }

        return ok ? names : null;
    }

    private static EquatableArray<CellKindValue> ReadTypes(MappingReader reader, RuleScopeKind? scope)
    {
        var words = reader.StringList("types");
        if (words.Count > 0 && scope != RuleScopeKind.Cell)
        {
            var node = reader.Get("types")!;
            reader.Diagnostics.Report(DiagnosticDescriptors.InvalidValue, node.Start, node.End, "'types' filters 'each: cell' rules only");
        }

        var kinds = new List<CellKindValue>();
        foreach (var word in words)
        {
            CellKind? kind = word switch
            {
                "count" => CellKind.Count,
                "signed-count" => CellKind.SignedCount,
                "decimal" => CellKind.Decimal,
                _ => null,
            };
            if (kind is null)
            {
                var node = reader.Get("types")!;
                reader.Diagnostics.Report(DiagnosticDescriptors.InvalidValue, node.Start, node.End,
                    $"'types' lists cell types: count, signed-count, decimal; found '{word}'");
                continue;
            }

            kinds.Add(new CellKindValue(kind.Value));
        }

        return kinds.ToEquatableArray();
    }

    /// <summary>The position of a character of a scalar's text, exact for plain and quoted one-line scalars.</summary>
    internal static Mark MarkWithin(YamlScalarNode node, int offset)
    {
        var quote = node.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        if (node.Style is ScalarStyle.Literal or ScalarStyle.Folded || node.Start.Line != node.End.Line)
        {
            return node.Start;
        }

        var shift = quote + Math.Max(0, offset);
        return new Mark(node.Start.Index + shift, node.Start.Line, node.Start.Column + shift);
    }
}

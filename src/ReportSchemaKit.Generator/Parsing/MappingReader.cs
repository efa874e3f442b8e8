using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportSchemaKit.Generator.Diagnostics;
using ReportSchemaKit.Generator.Spec;
using YamlDotNet.RepresentationModel;

namespace ReportSchemaKit.Generator.Parsing;

/// <summary>
/// Reads one YAML mapping of a known <see cref="NodeKind"/>: typed values by key, each problem
/// reported at the offending node with what to write instead. Reading never throws; a value
/// that cannot be read comes back as null after its diagnostic.
/// </summary>
internal sealed class MappingReader
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(System.StringComparer.Ordinal);

    public MappingReader(YamlMappingNode node, NodeKind kind, DiagnosticBag diagnostics)
    {
        Node = node;
        Kind = kind;
        Diagnostics = diagnostics;
        foreach (var entry in node.Children)
        {
            if (entry.Key is not YamlScalarNode key || key.Value is null)
            {
                diagnostics.Report(DiagnosticDescriptors.InvalidValue, entry.Key.Start, entry.Key.End, $"A key of {kind.Description} must be a plain word");
                continue;
            }

            if (!kind.Keys.Contains(key.Value))
            {
                var closest = EditDistance.Closest(key.Value, kind.Keys);
                diagnostics.Report(
                    DiagnosticDescriptors.UnknownKey, key.Start, key.End, key.Value, kind.Description,
                    closest is null ? "." : $"; did you mean '{closest}'?",
                    $"{Capitalize(kind.Description)} takes: {string.Join(", ", kind.Keys)}");
                continue;
            }

            _entries[key.Value] = (key, entry.Value);
        }
    }

    public YamlMappingNode Node { get; }

    public NodeKind Kind { get; }

    public DiagnosticBag Diagnostics { get; }

    public bool Has(string key) => _entries.ContainsKey(key);

    public YamlNode? Get(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value : null;

    /// <summary>The key node itself, for diagnostics about the entry as a whole.</summary>
    public YamlNode KeyNode(string key) => _entries.TryGetValue(key, out var entry) ? entry.Key : Node;

    public YamlNode? Required(string key, string hint)
    {
        var value = Get(key);
        if (value is null)
        {
            Diagnostics.Report(DiagnosticDescriptors.MissingKey, Node.Start, Node.Start, Capitalize(Kind.Description), key, hint);
        }

        return value;
    }

    public string? RequiredString(string key, string hint)
    {
        var node = Required(key, hint);
        return node is null ? null : AsString(node, key);
    }

    public string? OptionalString(string key)
    {
        var node = Get(key);
        return node is null ? null : AsString(node, key);
    }

    public int? OptionalInt(string key, int min, int max)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        var text = AsString(node, key);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Diagnostics.Report(DiagnosticDescriptors.InvalidValue, node.Start, node.End,
                $"'{key}' must be a whole number from {min} to {max}; found '{text}'");
            return null;
        }

        return value;
    }

    /// <summary>A list of texts; a single text is accepted as a list of one.</summary>
    public EquatableArray<string> StringList(string key)
    {
        var node = Get(key);
        switch (node)
        {
            case null:
                return EquatableArray<string>.Empty;
            case YamlScalarNode scalar:
                return scalar.Value is null or "" ? EquatableArray<string>.Empty : new[] { scalar.Value }.ToEquatableArray();
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence.Children)
                {
                    var text = AsString(item, key);
                    if (text is not null)
                    {
                        items.Add(text);
                    }
                }

                return items.ToEquatableArray();
            default:
                Diagnostics.Report(DiagnosticDescriptors.InvalidValue, node.Start, node.End,
                    $"'{key}' must be a list of texts such as [a, b]; found a mapping");
                return EquatableArray<string>.Empty;
        }
    }

    /// <summary>One of a fixed set of words, such as the cell types.</summary>
    public string? OneOf(string key, params string[] allowed)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        var text = AsString(node, key);
        if (text is null)
        {
            return null;
        }

        if (!allowed.Contains(text))
        {
            var closest = EditDistance.Closest(text, allowed);
            Diagnostics.Report(DiagnosticDescriptors.InvalidValue, node.Start, node.End,
                $"'{key}' must be one of {string.Join(", ", allowed)}; found '{text}'" + (closest is null ? string.Empty : $" (did you mean '{closest}'?)"));
            return null;
        }

        return text;
    }

    public YamlSequenceNode? Sequence(string key, bool required, string hint)
    {
        var node = required ? Required(key, hint) : Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        Diagnostics.Report(DiagnosticDescriptors.InvalidValue, node.Start, node.End,
            $"'{key}' must be a list (items starting with '- '); {hint}");
        return null;
    }

    public MappingReader? Mapping(string key, NodeKind kind, bool required, string hint)
    {
        var node = required ? Required(key, hint) : Get(key);
        return node is null ? null : AsMapping(node, kind, Diagnostics, key);
    }

    public static MappingReader? AsMapping(YamlNode node, NodeKind kind, DiagnosticBag diagnostics, string what)
    {
        if (node is YamlMappingNode mapping)
        {
            return new MappingReader(mapping, kind, diagnostics);
        }

        diagnostics.Report(DiagnosticDescriptors.InvalidValue, node.Start, node.End,
            $"'{what}' must be {kind.Description}, a mapping of keys ({string.Join(", ", kind.Keys)}); found {Describe(node)}");
        return null;
    }

    private string? AsString(YamlNode node, string key)
    {
        if (node is YamlScalarNode scalar && scalar.Value is not null)
        {
            return scalar.Value;
        }

        Diagnostics.Report(DiagnosticDescriptors.InvalidValue, node.Start, node.End,
            $"'{key}' must be a single text value; found {Describe(node)}");
        return null;
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        YamlScalarNode { Value: null or "" } => "nothing",
        YamlScalarNode scalar => $"the text '{scalar.Value}'",
        _ => "something else",
    };

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}

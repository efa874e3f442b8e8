using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace ReportSchemaKit.Generator.Tests.Diagnostics;

/// <summary>
/// Damaged copies of a template, made on its text so that positions stay meaningful: each key removed
/// (with its block), each value given the wrong type, each list item doubled, each id in a rule
/// replaced by one that names nothing.
/// </summary>
internal static partial class YamlMutations
{
    /// <summary>One damaged template: what was done, on which (1-based) line, and the resulting YAML.</summary>
    public sealed record Mutation(string Kind, int Line, string Yaml)
    {
        public override string ToString() => $"{Kind} at line {Line}";
    }

    public static IEnumerable<Mutation> KeysRemoved(string yaml)
    {
        var lines = Lines(yaml);
        for (int i = 0; i < lines.Length; i++)
        {
            if (KeyLine().Match(lines[i]) is { Success: true } key && !key.Groups["dash"].Success)
            {
                int end = BlockEnd(lines, i, Indent(lines[i]));
                yield return new Mutation("key '" + key.Groups["key"].Value + "' removed", i + 1, Join(lines[..i].Concat(lines[end..])));
            }
        }
    }

    public static IEnumerable<Mutation> WrongTypes(string yaml)
    {
        var lines = Lines(yaml);
        for (int i = 0; i < lines.Length; i++)
        {
            if (KeyLine().Match(lines[i]) is not { Success: true } key)
            {
                continue;
            }

            string head = lines[i][..(key.Groups["value"].Index)];
            string value = key.Groups["value"].Value;
            if (value.Length > 0 && !value.StartsWith('>') && !value.StartsWith('|'))
            {
                yield return new Mutation("a list for '" + key.Groups["key"].Value + "'", i + 1, Replace(lines, i, i + 1, head + "[" + value + ", " + value + "]"));
                yield return new Mutation("a mapping for '" + key.Groups["key"].Value + "'", i + 1, Replace(lines, i, i + 1, head + "{ wrong: 1 }"));
            }
            else if (value.Length == 0)
            {
                yield return new Mutation("a text for the block of '" + key.Groups["key"].Value + "'", i + 1, Replace(lines, i, BlockEnd(lines, i, Indent(lines[i])), head + "oops"));
            }
        }
    }

    public static IEnumerable<Mutation> ListItemsDoubled(string yaml)
    {
        var lines = Lines(yaml);
        for (int i = 0; i < lines.Length; i++)
        {
            if (IdItem().IsMatch(lines[i]))
            {
                int indent = Indent(lines[i]);
                int end = i + 1;
                while (end < lines.Length && (lines[end].Trim().Length == 0 || Indent(lines[end]) > indent))
                {
                    end++;
                }

                var item = lines[i..end];
                yield return new Mutation("item '" + lines[i].Trim() + "' doubled", end + 1, Join(lines[..end].Concat(item).Concat(lines[end..])));
            }
        }
    }

    public static IEnumerable<Mutation> RuleIdsDangling(string yaml)
    {
        var lines = Lines(yaml);
        for (int i = 0; i < lines.Length; i++)
        {
            if (AssertLine().Match(lines[i]) is not { Success: true } assertion)
            {
                continue;
            }

            var expression = assertion.Groups["expr"];
            foreach (Match id in Identifier().Matches(expression.Value))
            {
                if (id.Value is "sum" or "previous" or "abs" or "min" or "max")
                {
                    continue; // functions, not ids
                }

                int at = expression.Index + id.Index;
                string damaged = lines[i][..at] + "NoSuch" + id.Value + lines[i][(at + id.Length)..];
                yield return new Mutation("'" + id.Value + "' renamed NoSuch" + id.Value + " in a rule", i + 1, Replace(lines, i, i + 1, damaged));
            }
        }
    }

    private static string[] Lines(string yaml) => yaml.Replace("\r\n", "\n", System.StringComparison.Ordinal).Split('\n');

    private static string Join(IEnumerable<string> lines) => string.Join('\n', lines);

    private static string Replace(string[] lines, int from, int to, string replacement) => Join(lines[..from].Append(replacement).Concat(lines[to..]));

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    // The block of a key: the lines after it that are more indented, or list items at its own indent.
    private static int BlockEnd(string[] lines, int keyLine, int indent)
    {
        int end = keyLine + 1;
        while (end < lines.Length
               && (lines[end].Trim().Length == 0 || Indent(lines[end]) > indent || (Indent(lines[end]) == indent && lines[end].TrimStart().StartsWith("- ", System.StringComparison.Ordinal))))
        {
            end++;
        }

        return end;
    }

    [GeneratedRegex(@"^ *(?<dash>- )?(?<key>[A-Za-z]+): ?(?<value>.*)$")]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"^ *- id: ")]
    private static partial Regex IdItem();

    [GeneratedRegex(@"^ *assert: (?<expr>.+)$")]
    private static partial Regex AssertLine();

    [GeneratedRegex(@"(?<![A-Za-z0-9_.])[A-Z][A-Za-z0-9]*")]
    private static partial Regex Identifier();
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ReportSchemaKit.GovInfo.Tests;

/// <summary>
/// The canonical ids as shared/FORMATS.md states them, read from the document itself so that the
/// templates are checked against the domain reference and not against a copy of it.
/// </summary>
internal sealed partial class FormatsDocument
{
    private FormatsDocument(Dictionary<string, HashSet<string>> cellKeys, Dictionary<string, HashSet<string>> ruleIds)
    {
        CellKeys = cellKeys;
        RuleIds = ruleIds;
    }

    /// <summary>Every cell key (Table.Row.Column) by version id.</summary>
    public IReadOnlyDictionary<string, HashSet<string>> CellKeys { get; }

    /// <summary>Every rule id by version id.</summary>
    public IReadOnlyDictionary<string, HashSet<string>> RuleIds { get; }

    public static FormatsDocument Load()
    {
        var lines = File.ReadAllLines(SharedFiles.FormatsMarkdown);
        string[] versions = ["2019", "2021"];
        var keys = versions.ToDictionary(v => v, _ => new HashSet<string>(StringComparer.Ordinal));
        var rules = versions.ToDictionary(v => v, _ => new HashSet<string>(StringComparer.Ordinal));

        ReadSectionTwo(lines, keys);
        ReadRequests(lines, keys);
        ReadReviewLitigation(lines, keys);
        ReadRules(lines, rules);
        return new FormatsDocument(keys, rules);
    }

    private static void ReadSectionTwo(string[] lines, Dictionary<string, HashSet<string>> keys)
    {
        string? version = null;
        List<string> previousColumns = [];
        foreach (var line in Between(lines, "### Section 二", "### Section 三"))
        {
            if (line.StartsWith("Version ", StringComparison.Ordinal))
            {
                version = line.Substring("Version ".Length, 4);
                continue;
            }

            if (version is null || !line.StartsWith("| `", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Split('|');
            var table = Ids(cells[1]).Single();
            var rows = Ids(cells[3]);
            var columns = Ids(cells[4]);
            if (columns.Count == 0 && cells[4].Contains("same", StringComparison.Ordinal))
            {
                columns = previousColumns; // "same three as (五)"
            }

            previousColumns = columns;
            foreach (var row in rows)
            {
                foreach (var column in columns)
                {
                    keys[version].Add($"{table}.{row}.{column}");
                }
            }
        }
    }

    private static void ReadRequests(string[] lines, Dictionary<string, HashSet<string>> keys)
    {
        var section = Between(lines, "### Section 三", "### Section 四").ToList();
        var columnText = string.Join(" ", section.SkipWhile(l => !l.StartsWith("Columns", StringComparison.Ordinal)).TakeWhile(l => l.Length > 0));
        var columns = Ids(columnText);
        foreach (var line in section.Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cells = line.Split('|');
            var row = Ids(cells[1]).Single();
            var label = cells[2];
            var only = label.Contains("version 2019 only", StringComparison.Ordinal) ? "2019" : label.TrimEnd().EndsWith("— 2021", StringComparison.Ordinal) ? "2021" : null;
            foreach (var version in keys.Keys.Where(v => only is null || v == only))
            {
                foreach (var column in columns)
                {
                    keys[version].Add($"Requests.{row}.{column}");
                }
            }
        }
    }

    private static void ReadReviewLitigation(string[] lines, Dictionary<string, HashSet<string>> keys)
    {
        var text = string.Join(" ", Between(lines, "### Section 四", "## Consistency rules"));
        var rowsAt = text.IndexOf("Rows:", StringComparison.Ordinal);
        var columnsAt = text.IndexOf("Columns:", rowsAt, StringComparison.Ordinal);
        var endAt = text.IndexOf("The printed order", columnsAt, StringComparison.Ordinal);
        var rows = Ids(text[rowsAt..columnsAt]);
        var columns = Ids(text[columnsAt..endAt]);
        foreach (var version in keys.Keys)
        {
            foreach (var row in rows)
            {
                foreach (var column in columns)
                {
                    keys[version].Add($"ReviewLitigation.{row}.{column}");
                }
            }
        }
    }

    private static void ReadRules(string[] lines, Dictionary<string, HashSet<string>> rules)
    {
        foreach (var line in Between(lines, "## Consistency rules", "## What real reports look like").Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cells = line.Split('|');
            var id = cells[1].Trim().Trim('`');
            // A rule of one version says so first ("version 2021 across consecutive years…").
            var text = cells[2].TrimStart();
            var only = text.StartsWith("version 20", StringComparison.Ordinal) ? text.Substring("version ".Length, 4) : null;
            foreach (var version in rules.Keys.Where(v => only is null || v == only))
            {
                rules[version].Add(id);
            }
        }
    }

    private static IEnumerable<string> Between(string[] lines, string startsWith, string endsBefore) =>
        lines.SkipWhile(l => !l.StartsWith(startsWith, StringComparison.Ordinal)).Skip(1).TakeWhile(l => !l.StartsWith(endsBefore, StringComparison.Ordinal));

    private static List<string> Ids(string text) => BacktickedId().Matches(text).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("`([A-Z][A-Za-z0-9]*)`")]
    private static partial Regex BacktickedId();
}

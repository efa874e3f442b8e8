using System;
using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Docs.Pages;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.Docs.Diffing;

/// <summary>
/// Compares two versions of a template family. Elements are matched by canonical id, since the same
/// concept keeps its id across versions: one id in both versions is one element, whose label, groups,
/// section or type may have changed. Among what is left, an element that disappears while another with
/// the same label appears in the same table (or, for tables, anywhere) is reported as an id change rather
/// than as a removal and an addition. Rows and columns are compared only within tables both versions have.
/// </summary>
public static class TemplateDiffer
{
    /// <summary>What differs from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static TemplateDiff Compare(ReportTemplate from, ReportTemplate to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var tables = new List<TemplateChange>();
        var pairs = Match(from.Tables, to.Tables, t => t.Id, t => t.Label, tables, t => t.Label);
        foreach (var (before, after) in pairs)
        {
            if (before.Id == after.Id && before.Label != after.Label)
            {
                tables.Add(new TemplateChange(ChangeKind.Renamed, after.Id, null, before.Label, after.Label));
            }

            if (before.Id == after.Id && SectionLabel(from, before) != SectionLabel(to, after))
            {
                tables.Add(new TemplateChange(ChangeKind.Moved, after.Id, null, SectionLabel(from, before), SectionLabel(to, after)));
            }
        }

        var rows = new List<TemplateChange>();
        var columns = new List<TemplateChange>();
        var types = new List<TemplateChange>();
        foreach (var (before, after) in pairs)
        {
            var prefix = after.Id + ".";
            foreach (var (oldRow, newRow) in Match(before.Rows, after.Rows, r => r.Id, r => r.Label, rows, r => Path(r.Groups, r.Label), prefix))
            {
                AddRenamedOrMoved(rows, prefix, oldRow.Id, newRow.Id, oldRow.Label, newRow.Label, oldRow.Groups, newRow.Groups);
            }

            foreach (var (oldColumn, newColumn) in Match(before.Columns, after.Columns, c => c.Id, c => c.Label, columns, c => Path(c.Groups, c.Label), prefix))
            {
                AddRenamedOrMoved(columns, prefix, oldColumn.Id, newColumn.Id, oldColumn.Label, newColumn.Label, oldColumn.Groups, newColumn.Groups);
                var (oldType, newType) = (CellTypeText.Of(oldColumn), CellTypeText.Of(newColumn));
                if (oldType != newType)
                {
                    types.Add(new TemplateChange(ChangeKind.TypeChanged, prefix + newColumn.Id, null, oldType, newType));
                }
            }
        }

        return new TemplateDiff(from, to, tables, rows, columns, types, CompareRules(from.Rules, to.Rules), CompareClaims(from.Claims, to.Claims));
    }

    /// <summary>
    /// Pairs elements by id, then the leftovers by label; records the unpaired as removed or added and the
    /// label pairs as id changes; returns every pair in the newer version's order.
    /// </summary>
    private static List<(T Before, T After)> Match<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> id, Func<T, string> label, List<TemplateChange> changes, Func<T, string> describe, string prefix = "")
    {
        var pairs = new List<(T, T)>();
        var removed = before.Where(b => after.All(a => id(a) != id(b))).ToList();
        var added = new List<T>();
        foreach (var element in after)
        {
            var same = before.FirstOrDefault(b => id(b) == id(element));
            if (same is not null)
            {
                pairs.Add((same, element));
                continue;
            }

            var renamed = removed.FirstOrDefault(b => label(b) == label(element));
            if (renamed is not null)
            {
                removed.Remove(renamed);
                pairs.Add((renamed, element));
                changes.Add(new TemplateChange(ChangeKind.IdChanged, prefix + id(renamed) + " → " + prefix + id(element), null, describe(renamed), describe(element)));
                continue;
            }

            added.Add(element);
        }

        changes.AddRange(removed.Select(b => new TemplateChange(ChangeKind.Removed, prefix + id(b), null, describe(b), null)));
        changes.AddRange(added.Select(a => new TemplateChange(ChangeKind.Added, prefix + id(a), null, null, describe(a))));
        return pairs;
    }

    private static void AddRenamedOrMoved(List<TemplateChange> changes, string prefix, string oldId, string newId, string oldLabel, string newLabel, IReadOnlyList<HeaderGroup> oldGroups, IReadOnlyList<HeaderGroup> newGroups)
    {
        if (oldId != newId)
        {
            return; // an id change, already recorded with both paths
        }

        if (oldLabel != newLabel)
        {
            changes.Add(new TemplateChange(ChangeKind.Renamed, prefix + newId, null, oldLabel, newLabel));
        }

        var (oldPath, newPath) = (Path(oldGroups, null), Path(newGroups, null));
        if (oldPath != newPath)
        {
            changes.Add(new TemplateChange(ChangeKind.Moved, prefix + newId, null, oldPath.Length == 0 ? "(no group)" : oldPath, newPath.Length == 0 ? "(no group)" : newPath));
        }
    }

    private static List<TemplateChange> CompareRules(IReadOnlyList<RuleInfo> before, IReadOnlyList<RuleInfo> after)
    {
        var changes = new List<TemplateChange>();
        foreach (var rule in after)
        {
            var old = before.FirstOrDefault(r => r.Id == rule.Id);
            if (old is null)
            {
                changes.Add(new TemplateChange(ChangeKind.Added, rule.Id, null, null, rule.Assertion));
                continue;
            }

            AddIfDifferent(changes, rule.Id, "assertion", old.Assertion, rule.Assertion);
            AddIfDifferent(changes, rule.Id, "severity", RuleText.Severity(old.Severity), RuleText.Severity(rule.Severity));
            AddIfDifferent(changes, rule.Id, "scope", RuleText.AppliesTo(old), RuleText.AppliesTo(rule));
            AddIfDifferent(changes, rule.Id, "message", old.MessageZh + " / " + old.MessageEn, rule.MessageZh + " / " + rule.MessageEn);
        }

        changes.AddRange(before.Where(r => after.All(a => a.Id != r.Id)).Select(r => new TemplateChange(ChangeKind.Removed, r.Id, null, r.Assertion, null)));
        return changes;
    }

    private static List<TemplateChange> CompareClaims(IReadOnlyList<ClaimInfo> before, IReadOnlyList<ClaimInfo> after)
    {
        var changes = new List<TemplateChange>();
        foreach (var claim in after)
        {
            var old = before.FirstOrDefault(c => c.Id == claim.Id);
            if (old is null)
            {
                changes.Add(new TemplateChange(ChangeKind.Added, claim.Id, null, null, claim.Value));
                continue;
            }

            AddIfDifferent(changes, claim.Id, "value", old.Value, claim.Value);
            AddIfDifferent(changes, claim.Id, "label", old.LabelZh + " / " + old.LabelEn, claim.LabelZh + " / " + claim.LabelEn);
            AddIfDifferent(changes, claim.Id, "phrases", ClaimText.Wordings(old.Phrases), ClaimText.Wordings(claim.Phrases));
            AddIfDifferent(changes, claim.Id, "zero", ClaimText.Wordings(old.ZeroPhrases), ClaimText.Wordings(claim.ZeroPhrases));
            AddIfDifferent(changes, claim.Id, "notAfter", ClaimText.Wordings(old.NotAfter), ClaimText.Wordings(claim.NotAfter));
        }

        changes.AddRange(before.Where(c => after.All(a => a.Id != c.Id)).Select(c => new TemplateChange(ChangeKind.Removed, c.Id, null, c.Value, null)));
        return changes;
    }

    private static void AddIfDifferent(List<TemplateChange> changes, string id, string aspect, string before, string after)
    {
        if (before != after)
        {
            changes.Add(new TemplateChange(ChangeKind.Changed, id, aspect, before, after));
        }
    }

    private static string SectionLabel(ReportTemplate template, TableInfo table) =>
        template.Sections.Single(s => s.Id == table.SectionId).Label;

    /// <summary>The groups outermost first, then the label: 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密.</summary>
    internal static string Path(IReadOnlyList<HeaderGroup> groups, string? label) =>
        string.Join(" › ", groups.Select(g => g.Label).Append(label).Where(part => part is not null));
}

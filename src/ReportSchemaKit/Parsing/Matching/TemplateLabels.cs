using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using ReportSchemaKit.Templates;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Parsing.Matching;

/// <summary>Every comparison key of a template, normalised once and kept for the template's lifetime.</summary>
internal sealed class TemplateLabels
{
    private static readonly ConditionalWeakTable<ReportTemplate, TemplateLabels> Cache = new();

    private TemplateLabels(ReportTemplate template)
    {
        Template = template;

        // A caption several tables print (信息内容 over every table of section 二) marks none of them: as an anchor it
        // would start a later table at an earlier table's header and hand it that table's values.
        _sharedCaptions = template.Tables.SelectMany(t => new[] { t.RowHeader, t.ColumnHeader }.OfType<string>().Select(Key).Distinct(StringComparer.Ordinal))
            .GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        Tables = template.Tables.Select(t => Build(t)).ToArray();
        Signatures = template.Identity.Signatures.Select(Key).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
    }

    private readonly HashSet<string> _sharedCaptions;

    public ReportTemplate Template { get; }

    public IReadOnlyList<TableLabels> Tables { get; }

    public IReadOnlyList<string> Signatures { get; }

    public static TemplateLabels For(ReportTemplate template) => Cache.GetValue(template, static t => new TemplateLabels(t));

    public static string Key(string text) => TextNormalizer.NormalizeLabel(text);

    /// <summary>"(一)予以公开" → "予以公开"; "1.属于国家秘密" → "属于国家秘密"; "一、本年新收…" → "本年新收…".</summary>
    public static string WithoutNumbering(string key)
    {
        var bare = WithoutNumbering(key.AsSpan());
        return bare.Length == key.Length ? key : bare.ToString();
    }

    /// <summary>The same as <see cref="WithoutNumbering(string)"/>, as a slice of the key.</summary>
    public static ReadOnlySpan<char> WithoutNumbering(ReadOnlySpan<char> key)
    {
        if (key.Length > 2 && key[0] == '(')
        {
            var close = key.IndexOf(')');
            if (close > 0 && close <= 4)
            {
                return key[(close + 1)..];
            }
        }

        var i = 0;
        while (i < key.Length && (char.IsAsciiDigit(key[i]) || "一二三四五六七八九十".Contains(key[i], StringComparison.Ordinal)))
        {
            i++;
        }

        return i > 0 && i < key.Length - 1 && key[i] is '.' or '、' ? key[(i + 1)..] : key;
    }

    /// <summary>"(二)部分公开(区分处理的…)" → "(二)部分公开": notes in brackets at the end are often left off.</summary>
    public static string WithoutTrailingNote(string key)
    {
        if (key.Length > 4 && key[^1] == ')')
        {
            var open = key.LastIndexOf('(');
            if (open > 2)
            {
                return key[..open];
            }
        }

        return key;
    }

    private TableLabels Build(TableInfo table)
    {
        var anchors = new List<string>();
        AddKeys(anchors, table.Label, table.Variants);
        var section = SectionOf(table);
        if (section is not null && section.Tables[0] == table)
        {
            AddKeys(anchors, section.Label, section.Variants);
        }

        var headers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in table.Columns)
        {
            AddKeys(headers, column.Label, column.Variants);
            foreach (var group in column.Groups)
            {
                AddKeys(headers, group.Label, group.Variants);
            }
        }

        foreach (var caption in new[] { table.RowHeader, table.ColumnHeader })
        {
            if (caption is not null)
            {
                headers.Add(Key(caption));
                if (!_sharedCaptions.Contains(Key(caption)))
                {
                    anchors.Add(Key(caption));
                }
            }
        }

        foreach (var row in table.Layout.HeaderRows)
        {
            foreach (var cell in row)
            {
                headers.Add(Key(cell.Text));
            }
        }

        headers.Remove(string.Empty);
        var groups = new Dictionary<string, GroupSpan>(StringComparer.Ordinal);
        var rows = new List<RowLabels>();
        foreach (var row in table.Rows)
        {
            var variants = row.Variants.Select(Key).ToList();
            var label = Key(row.Label);
            var loose = new List<string>();
            foreach (var key in variants.Prepend(label))
            {
                foreach (var form in new[] { WithoutNumbering(key), WithoutTrailingNote(key), WithoutNumbering(WithoutTrailingNote(key)) })
                {
                    if (form.Length >= 2 && form != key && !loose.Contains(form))
                    {
                        loose.Add(form);
                    }
                }
            }

            var groupKeys = new List<string>();
            foreach (var group in row.Groups)
            {
                foreach (var key in group.Variants.Select(Key).Prepend(Key(group.Label)))
                {
                    groups[key] = groups.TryGetValue(key, out var span) ? span with { Last = row.Index } : new GroupSpan(row.Index, row.Index);
                    groupKeys.Add(key);
                }
            }

            rows.Add(new RowLabels(row, label, variants, loose, groupKeys));
        }

        return new TableLabels(table, anchors.Distinct(StringComparer.Ordinal).Where(a => a.Length > 0).ToArray(), rows, headers, groups);
    }

    private SectionInfo? SectionOf(TableInfo table) => Template.Sections.FirstOrDefault(s => s.Id == table.SectionId);

    private static void AddKeys(ICollection<string> into, string label, IEnumerable<string> variants)
    {
        into.Add(Key(label));
        foreach (var variant in variants)
        {
            into.Add(Key(variant));
        }
    }
}

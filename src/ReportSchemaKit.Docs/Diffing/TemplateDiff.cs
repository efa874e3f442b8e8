using System.Collections.Generic;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.Docs.Diffing;

/// <summary>What differs between two versions of a template family, by kind of element.</summary>
public sealed class TemplateDiff
{
    internal TemplateDiff(ReportTemplate from, ReportTemplate to, IReadOnlyList<TemplateChange> tables, IReadOnlyList<TemplateChange> rows, IReadOnlyList<TemplateChange> columns, IReadOnlyList<TemplateChange> types, IReadOnlyList<TemplateChange> rules, IReadOnlyList<TemplateChange> claims)
    {
        From = from;
        To = to;
        Tables = tables;
        Rows = rows;
        Columns = columns;
        Types = types;
        Rules = rules;
        Claims = claims;
    }

    /// <summary>The older version.</summary>
    public ReportTemplate From { get; }

    /// <summary>The newer version.</summary>
    public ReportTemplate To { get; }

    /// <summary>Tables added, removed, renamed, re-identified or moved to another section.</summary>
    public IReadOnlyList<TemplateChange> Tables { get; }

    /// <summary>Rows of the tables both versions have: added, removed, renamed, re-identified or regrouped.</summary>
    public IReadOnlyList<TemplateChange> Rows { get; }

    /// <summary>Columns of the tables both versions have: added, removed, renamed, re-identified or regrouped.</summary>
    public IReadOnlyList<TemplateChange> Columns { get; }

    /// <summary>Columns both versions have whose cell type, scale or unit changed.</summary>
    public IReadOnlyList<TemplateChange> Types { get; }

    /// <summary>Rules added, removed or changed.</summary>
    public IReadOnlyList<TemplateChange> Rules { get; }

    /// <summary>Narrative claims added, removed or changed (value, label, wordings).</summary>
    public IReadOnlyList<TemplateChange> Claims { get; }

    /// <summary>True where the versions declare the same tables, rows, columns, types, rules and claims.</summary>
    public bool IsEmpty => Tables.Count + Rows.Count + Columns.Count + Types.Count + Rules.Count + Claims.Count == 0;
}

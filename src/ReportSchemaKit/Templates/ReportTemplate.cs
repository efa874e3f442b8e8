using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace ReportSchemaKit.Templates;

/// <summary>
/// Everything a template version declares, as generated from its YAML: identity, tables, cells, rules and narrative claims.
/// One instance per version, built once by generated code.
/// </summary>
public sealed class ReportTemplate
{
    private readonly FrozenDictionary<string, CellInfo> _cellsByKey;
    private readonly FrozenDictionary<string, TableInfo> _tablesById;

    /// <summary>Builds the descriptor of a template without narrative claims.</summary>
    public ReportTemplate(TemplateIdentity identity, IReadOnlyList<SectionInfo> sections, IReadOnlyList<RuleInfo> rules)
        : this(identity, sections, rules, [])
    {
    }

    /// <summary>Builds the descriptor and numbers its cells in table, row, column order.</summary>
    public ReportTemplate(TemplateIdentity identity, IReadOnlyList<SectionInfo> sections, IReadOnlyList<RuleInfo> rules, IReadOnlyList<ClaimInfo> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        Claims = claims;
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(rules);
        Identity = identity;
        Sections = sections;
        Rules = rules;
        Tables = sections.SelectMany(s => s.Tables).ToArray();
        var cells = new List<CellInfo>();
        foreach (var table in Tables)
        {
            if (table.FirstCellOrdinal != cells.Count)
            {
                throw new ArgumentException($"Table {table.Id} starts at cell {table.FirstCellOrdinal}, expected {cells.Count}.", nameof(sections));
            }

            foreach (var row in table.Rows)
            {
                foreach (var column in table.Columns)
                {
                    cells.Add(new CellInfo(cells.Count, table, row, column));
                }
            }
        }

        Cells = cells;
        _cellsByKey = cells.ToFrozenDictionary(c => c.Key, StringComparer.Ordinal);
        _tablesById = Tables.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
    }

    /// <summary>Family, version, title, issuing document and years.</summary>
    public TemplateIdentity Identity { get; }

    /// <summary>The template family, for example <c>gov-info-disclosure</c>.</summary>
    public string Family => Identity.Family;

    /// <summary>The version id, for example <c>2021</c>.</summary>
    public string Version => Identity.Version;

    /// <summary>The sections in printed order.</summary>
    public IReadOnlyList<SectionInfo> Sections { get; }

    /// <summary>Every table in printed order.</summary>
    public IReadOnlyList<TableInfo> Tables { get; }

    /// <summary>Every cell, indexed by <see cref="CellInfo.Ordinal"/>.</summary>
    public IReadOnlyList<CellInfo> Cells { get; }

    /// <summary>The consistency rules in declared order.</summary>
    public IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>The figures the report's prose states, in declared order (see <see cref="ClaimInfo"/>).</summary>
    public IReadOnlyList<ClaimInfo> Claims { get; }

    /// <summary>Finds a cell by its key <c>Table.Row.Column</c>.</summary>
    public bool TryGetCell(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CellInfo? cell) =>
        _cellsByKey.TryGetValue(key, out cell);

    /// <summary>Finds a table by id.</summary>
    public bool TryGetTable(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TableInfo? table) =>
        _tablesById.TryGetValue(id, out table);

    /// <inheritdoc />
    public override string ToString() => Family + "/" + Version;
}

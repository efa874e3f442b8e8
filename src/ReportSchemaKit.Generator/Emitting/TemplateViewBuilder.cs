using System.Linq;
using ReportSchemaKit.Generator.Emitting.Claims;
using ReportSchemaKit.Generator.Emitting.Rules;
using ReportSchemaKit.Generator.Parsing;
using ReportSchemaKit.Generator.Spec;

namespace ReportSchemaKit.Generator.Emitting;

/// <summary>Lays a spec out for the templates: names, ordinals and C# literals.</summary>
internal static class TemplateViewBuilder
{
    public static string NamespaceOf(TemplateSpec spec, string rootNamespace) =>
        spec.Namespace ?? Join(rootNamespace, Identifiers.Pascal(spec.Family) + ".V" + Identifiers.VersionFragment(spec.Version));

    public static TemplateView Build(TemplateSpec spec, string rootNamespace)
    {
        var view = new TemplateView
        {
            GeneratorVersion = GeneratorInfo.Version,
            SourceName = spec.SourceName,
            Namespace = NamespaceOf(spec, rootNamespace),
            ReportType = spec.ReportType!,
            FamilyLiteral = CSharp.Literal(spec.Family),
            VersionLiteral = CSharp.Literal(spec.Version),
            TitleLiteral = CSharp.Literal(spec.Title),
            IssuedByLiteral = CSharp.Literal(spec.IssuedBy),
            FirstYear = CSharp.Int(spec.FirstYear),
            LastYear = CSharp.NullableInt(spec.LastYear),
            SignaturesLiteral = CSharp.StringArray(spec.Signatures),
            DescriptionLiteral = CSharp.Literal(spec.Description),
            Doc = CSharp.Doc(spec.Title + (spec.Description is null ? string.Empty : " — " + spec.Description)),
        };

        foreach (var section in spec.Sections)
        {
            var sectionView = new SectionView
            {
                Id = section.Id,
                IdLiteral = CSharp.Literal(section.Id),
                LabelLiteral = CSharp.Literal(section.Label),
                VariantsLiteral = CSharp.StringArray(section.Variants),
                DescriptionLiteral = CSharp.Literal(section.Description),
            };
            foreach (var table in section.Tables)
            {
                var tableView = BuildTable(section, table, view.Cells.Count);
                foreach (var row in tableView.Rows)
                {
                    foreach (var column in tableView.Columns)
                    {
                        var cell = new CellView
                        {
                            Ordinal = view.Cells.Count,
                            Key = table.Id + "." + row.Id + "." + column.Id,
                            Path = table.Id + "." + row.Id + "." + column.Id,
                            TableId = table.Id,
                            RowId = row.Id,
                            ColumnId = column.Id,
                            IsDecimal = column.CellType == "Decimal",
                        };
                        view.Cells.Add(cell);
                        row.Cells.Add(cell);
                    }
                }

                sectionView.Tables.Add(tableView);
                view.Tables.Add(tableView);
            }

            view.Sections.Add(sectionView);
        }

        view.CellCount = view.Cells.Count;
        foreach (var cell in view.Cells)
        {
            int block = cell.Ordinal / CellBlockView.Size;
            if (block == view.CellBlocks.Count)
            {
                view.CellBlocks.Add(new CellBlockView { Index = block });
            }

            view.CellBlocks[block].Cells.Add(cell);
        }

        view.Rules.AddRange(spec.Rules.Select(BuildRule));
        view.CompiledRules.AddRange(RuleCompiler.CompileAll(spec));
        view.Claims.AddRange(spec.Claims.Select(BuildClaim));
        view.CompiledClaims.AddRange(ClaimCompiler.CompileAll(spec));
        return view;
    }

    private static TableView BuildTable(SectionSpec section, TableSpec table, int firstCell)
    {
        var view = new TableView
        {
            Id = table.Id,
            IdLiteral = CSharp.Literal(table.Id),
            TableType = table.Id + "Table",
            RowType = table.Id + "Row",
            Doc = CSharp.Doc(table.Label + (table.Description is null ? string.Empty : " — " + table.Description)),
            LabelLiteral = CSharp.Literal(table.Label),
            VariantsLiteral = CSharp.StringArray(table.Variants),
            SectionIdLiteral = CSharp.Literal(section.Id),
            DescriptionLiteral = CSharp.Literal(table.Description),
            RowHeaderLiteral = CSharp.Literal(table.RowHeader),
            ColumnHeaderLiteral = CSharp.Literal(table.ColumnHeader),
            LayoutExpression = Layout(table.Layout),
            FirstCellOrdinal = firstCell,
        };
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            view.Rows.Add(Describe(new RowView(), row.Id, row.Label, row.Variants, row.Groups, row.Description, i));
        }

        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            var columnView = Describe(new ColumnView(), column.Id, column.Label, column.Variants, column.Groups, column.Description, i);
            columnView.ClrType = column.Type == CellKind.Decimal ? "decimal?" : "long?";
            columnView.CellType = column.Type.ToString();
            columnView.Scale = column.Scale;
            columnView.UnitLiteral = CSharp.Literal(column.Unit);
            view.Columns.Add(columnView);
        }

        return view;
    }

    /// <summary>Fills what rows and columns share; the doc text shows the groups above the label.</summary>
    private static T Describe<T>(T view, string id, string label, EquatableArray<string> variants, EquatableArray<GroupSpec> groups, string? description, int index)
        where T : AxisView
    {
        view.Id = id;
        view.IdLiteral = CSharp.Literal(id);
        view.Doc = CSharp.Doc(string.Concat(groups.Select(g => g.Label + " › ")) + label + (description is null ? string.Empty : " — " + description));
        view.LabelLiteral = CSharp.Literal(label);
        view.VariantsLiteral = CSharp.StringArray(variants);
        view.GroupsExpression = Groups(groups);
        view.DescriptionLiteral = CSharp.Literal(description);
        view.Index = index;
        return view;
    }

    private static RuleView BuildRule(RuleSpec rule) => new()
    {
        IdLiteral = CSharp.Literal(rule.Id),
        Severity = rule.Severity.ToString(),
        Scope = rule.Scope.ToString(),
        AcrossYears = rule.AcrossYears ? "true" : "false",
        TablesLiteral = CSharp.StringArray(rule.Tables),
        CellTypesExpression = "[" + string.Join(", ", rule.CellTypes.Select(t => "global::ReportSchemaKit.Templates.CellType." + t.Kind)) + "]",
        AssertionLiteral = CSharp.Literal(rule.Assertion),
        MessageZhLiteral = CSharp.Literal(rule.MessageZh),
        MessageEnLiteral = CSharp.Literal(rule.MessageEn),
        DescriptionLiteral = CSharp.Literal(rule.Description),
    };

    private static ClaimView BuildClaim(ClaimSpec claim) => new()
    {
        IdLiteral = CSharp.Literal(claim.Id),
        LabelZhLiteral = CSharp.Literal(claim.LabelZh),
        LabelEnLiteral = CSharp.Literal(claim.LabelEn),
        ValueLiteral = CSharp.Literal(claim.Value),
        PhrasesLiteral = CSharp.StringArray(claim.Phrases),
        ZeroPhrasesLiteral = CSharp.StringArray(claim.ZeroPhrases),
        NotAfterLiteral = CSharp.StringArray(claim.NotAfter),
        DescriptionLiteral = CSharp.Literal(claim.Description),
    };

    private static string Groups(EquatableArray<GroupSpec> groups) =>
        "[" + string.Join(", ", groups.Select(g => $"new global::ReportSchemaKit.Templates.HeaderGroup({CSharp.Literal(g.Label)}, {CSharp.StringArray(g.Variants)})")) + "]";

    private static string Layout(LayoutSpec layout)
    {
        if (!layout.SingleRow && layout.HeaderRows.Count == 0)
        {
            return "global::ReportSchemaKit.Templates.TableLayout.Default";
        }

        var rows = layout.HeaderRows.Select(r =>
            "[" + string.Join(", ", r.Cells.Select(c => $"new global::ReportSchemaKit.Templates.HeaderCell({CSharp.Literal(c.Text)}, {CSharp.Int(c.RowSpan)}, {CSharp.Int(c.ColSpan)})")) + "]");
        return "new global::ReportSchemaKit.Templates.TableLayout { Body = global::ReportSchemaKit.Templates.TableBodyLayout."
               + (layout.SingleRow ? "SingleRow" : "Grid") + ", HeaderRows = [" + string.Join(", ", rows) + "] }";
    }

    private static string Join(string left, string right) => string.IsNullOrEmpty(left) ? right : left + "." + right;
}

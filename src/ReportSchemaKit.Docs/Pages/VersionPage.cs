using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportSchemaKit.Docs.Diffing;
using ReportSchemaKit.Rendering;
using ReportSchemaKit.Rendering.Layout;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.Docs.Pages;

/// <summary>What the page of one template version shows, ready for its Scriban template (Templates/Version.sbn).</summary>
internal sealed class VersionPage
{
    public required string Family { get; init; }

    public required string Version { get; init; }

    public required string Title { get; init; }

    public required string IssuedBy { get; init; }

    public required string Years { get; init; }

    public required string Signatures { get; init; }

    public required string Size { get; init; }

    public string? Description { get; init; }

    public required IReadOnlyList<SectionView> Sections { get; init; }

    public required IReadOnlyList<RuleView> Rules { get; init; }

    public required IReadOnlyList<ClaimView> Claims { get; init; }

    public static VersionPage Create(ReportTemplate template) => new()
    {
        Family = template.Family,
        Version = template.Version,
        Title = MarkdownText.Line(template.Identity.Title),
        IssuedBy = MarkdownText.Cell(template.Identity.IssuedBy),
        Years = YearsOf(template.Identity),
        Signatures = MarkdownText.Cell(string.Join("、", template.Identity.Signatures)),
        Size = string.Create(CultureInfo.InvariantCulture, $"{template.Tables.Count} tables, {template.Cells.Count} cells, {template.Rules.Count} rules, {template.Claims.Count} claims"),
        Description = template.Identity.Description is { } d ? MarkdownText.Line(d) : null,
        Sections = OfficialLayout.Of(template).Select(SectionView.Create).ToArray(),
        Rules = template.Rules.Select(RuleView.Create).ToArray(),
        Claims = template.Claims.Select(ClaimView.Create).ToArray(),
    };

    public static string YearsOf(TemplateIdentity identity) =>
        identity.LastYear is { } last
            ? string.Create(CultureInfo.InvariantCulture, $"{identity.FirstYear}–{last}")
            : string.Create(CultureInfo.InvariantCulture, $"{identity.FirstYear} onward");
}

/// <summary>A section and its tables.</summary>
internal sealed class SectionView
{
    public required string Id { get; init; }

    public required string Label { get; init; }

    public string? Description { get; init; }

    public required IReadOnlyList<TableView> Tables { get; init; }

    public static SectionView Create(PrintedSection section) => new()
    {
        Id = section.Section.Id,
        Label = MarkdownText.Line(section.Section.Label),
        Description = section.Section.Description is { } d ? MarkdownText.Line(d) : null,
        Tables = section.Tables.Select(TableView.Create).ToArray(),
    };
}

/// <summary>A table: its official layout drawn with each value cell's <c>Row.Column</c>, and its cells.</summary>
internal sealed class TableView
{
    public required string Id { get; init; }

    public required string Label { get; init; }

    public string? Description { get; init; }

    public required string Layout { get; init; }

    public required IReadOnlyList<CellView> Cells { get; init; }

    public static TableView Create(PrintedTable table) => new()
    {
        Id = table.Table.Id,
        Label = MarkdownText.Line(table.Table.Label),
        Description = table.Table.Description is { } d ? MarkdownText.Line(d) : null,
        Layout = HtmlRenderer.RenderTable(table, cell => cell.Row.Id + "." + cell.Column.Id).TrimEnd('\n'),
        Cells = table.Table.Rows.SelectMany(row => table.Table.Columns.Select(column => CellView.Create(table.Table, row, column))).ToArray(),
    };
}

/// <summary>One cell: its key, its type, and the labels (with their variants) of its row and column.</summary>
internal sealed class CellView
{
    public required string Key { get; init; }

    public required string Type { get; init; }

    public required string Row { get; init; }

    public required string Column { get; init; }

    public static CellView Create(TableInfo table, RowInfo row, ColumnInfo column) => new()
    {
        Key = MarkdownText.Code(table.Id + "." + row.Id + "." + column.Id),
        Type = MarkdownText.Cell(CellTypeText.Of(column)),
        Row = MarkdownText.Cell(WithVariants(TemplateDiffer.Path(row.Groups, row.Label), row.Variants)),
        Column = MarkdownText.Cell(WithVariants(TemplateDiffer.Path(column.Groups, column.Label), column.Variants)),
    };

    private static string WithVariants(string label, IReadOnlyList<string> variants) =>
        variants.Count == 0 ? label : label + "（also: " + string.Join("；", variants) + "）";
}

/// <summary>A rule: id, severity, what it runs over, assertion and messages.</summary>
internal sealed class RuleView
{
    public required string Id { get; init; }

    public required string Severity { get; init; }

    public required string AppliesTo { get; init; }

    public required string Assertion { get; init; }

    public required string Message { get; init; }

    public static RuleView Create(RuleInfo rule) => new()
    {
        Id = MarkdownText.Code(rule.Id),
        Severity = RuleText.Severity(rule.Severity),
        AppliesTo = MarkdownText.Cell(RuleText.AppliesTo(rule)),
        Assertion = MarkdownText.Code(rule.Assertion),
        Message = MarkdownText.Cell(rule.MessageZh + " / " + rule.MessageEn + (rule.Description is { } d ? " — " + d : string.Empty)),
    };
}

/// <summary>A narrative claim: id, what it counts, the cells it must equal and its wordings.</summary>
internal sealed class ClaimView
{
    public required string Id { get; init; }

    public required string Label { get; init; }

    public required string Value { get; init; }

    public required string Phrases { get; init; }

    public required string Zero { get; init; }

    public required string NotAfter { get; init; }

    public static ClaimView Create(ClaimInfo claim) => new()
    {
        Id = MarkdownText.Code(claim.Id),
        Label = MarkdownText.Cell(claim.LabelZh + " / " + claim.LabelEn + (claim.Description is { } d ? " — " + d : string.Empty)),
        Value = MarkdownText.Code(claim.Value),
        Phrases = MarkdownText.Cell(ClaimText.Wordings(claim.Phrases)),
        Zero = MarkdownText.Cell(ClaimText.Wordings(claim.ZeroPhrases)),
        NotAfter = MarkdownText.Cell(ClaimText.Wordings(claim.NotAfter)),
    };
}

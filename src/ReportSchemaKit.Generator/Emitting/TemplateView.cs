using System.Collections.Generic;

namespace ReportSchemaKit.Generator.Emitting;

// The shapes the Scriban templates read. Every text that lands in C# is already a literal or
// escaped doc text here, so the templates only arrange; they never escape.

internal sealed class TemplateView
{
    public string GeneratorVersion { get; set; } = string.Empty;
    public string SourceName { get; set; } = string.Empty;
    public string Namespace { get; set; } = string.Empty;
    public string ReportType { get; set; } = string.Empty;
    public string FamilyLiteral { get; set; } = string.Empty;
    public string VersionLiteral { get; set; } = string.Empty;
    public string TitleLiteral { get; set; } = string.Empty;
    public string IssuedByLiteral { get; set; } = string.Empty;
    public string FirstYear { get; set; } = string.Empty;
    public string LastYear { get; set; } = string.Empty;
    public string SignaturesLiteral { get; set; } = string.Empty;
    public string DescriptionLiteral { get; set; } = string.Empty;
    public string Doc { get; set; } = string.Empty;
    public int CellCount { get; set; }
    public List<SectionView> Sections { get; } = [];
    public List<TableView> Tables { get; } = [];
    public List<CellView> Cells { get; } = [];

    /// <summary>
    /// The cells in blocks of <see cref="CellBlockView.Size"/>, one GetValue method each: a switch over hundreds of
    /// arms costs the compiler quadratic time, and the JIT compiles a method that large without optimizing it.
    /// </summary>
    public List<CellBlockView> CellBlocks { get; } = [];
    public int CellBlockSize { get; } = CellBlockView.Size;
    public List<RuleView> Rules { get; } = [];

    /// <summary>The rules compiled to C# for the Validator template.</summary>
    public List<Rules.CompiledRule> CompiledRules { get; } = [];

    public List<ClaimView> Claims { get; } = [];

    /// <summary>The claims' values compiled to C# for the Claims template.</summary>
    public List<Claims.CompiledClaim> CompiledClaims { get; } = [];
}

internal sealed class SectionView
{
    public string Id { get; set; } = string.Empty;
    public string IdLiteral { get; set; } = string.Empty;
    public string LabelLiteral { get; set; } = string.Empty;
    public string VariantsLiteral { get; set; } = string.Empty;
    public string DescriptionLiteral { get; set; } = string.Empty;
    public List<TableView> Tables { get; } = [];
}

internal sealed class TableView
{
    public string Id { get; set; } = string.Empty;
    public string IdLiteral { get; set; } = string.Empty;
    public string TableType { get; set; } = string.Empty;
    public string RowType { get; set; } = string.Empty;
    public string Doc { get; set; } = string.Empty;
    public string LabelLiteral { get; set; } = string.Empty;
    public string VariantsLiteral { get; set; } = string.Empty;
    public string SectionIdLiteral { get; set; } = string.Empty;
    public string DescriptionLiteral { get; set; } = string.Empty;
    public string RowHeaderLiteral { get; set; } = string.Empty;
    public string ColumnHeaderLiteral { get; set; } = string.Empty;
    public string LayoutExpression { get; set; } = string.Empty;
    public int FirstCellOrdinal { get; set; }
    public List<RowView> Rows { get; } = [];
    public List<ColumnView> Columns { get; } = [];
}

/// <summary>What rows and columns share: an id, a printed label with variants, the groups above, documentation.</summary>
internal abstract class AxisView
{
    public string Id { get; set; } = string.Empty;
    public string IdLiteral { get; set; } = string.Empty;
    public string Doc { get; set; } = string.Empty;
    public string LabelLiteral { get; set; } = string.Empty;
    public string VariantsLiteral { get; set; } = string.Empty;
    public string GroupsExpression { get; set; } = string.Empty;
    public string DescriptionLiteral { get; set; } = string.Empty;
    public int Index { get; set; }
}

internal sealed class RowView : AxisView
{
    public List<CellView> Cells { get; } = [];
}

internal sealed class ColumnView : AxisView
{
    public string ClrType { get; set; } = string.Empty;
    public string CellType { get; set; } = string.Empty;
    public int Scale { get; set; }
    public string UnitLiteral { get; set; } = string.Empty;
}

internal sealed class CellBlockView
{
    /// <summary>
    /// Small enough that the JIT optimizes each block: with all 200 cells of the 2021 format in one switch, a
    /// GetValue call took about 220 ns (the JIT leaves a method that large unoptimized) and validating a report 120 µs;
    /// in blocks of 32, 7 ns and 18 µs (ValidationBenchmarks).
    /// </summary>
    public const int Size = 32;

    public int Index { get; set; }
    public List<CellView> Cells { get; } = [];
}

internal sealed class CellView
{
    public int Ordinal { get; set; }
    public string Key { get; set; } = string.Empty;

    /// <summary>The member path from the report, for example Requests.NewReceived.Total.</summary>
    public string Path { get; set; } = string.Empty;
    public string TableId { get; set; } = string.Empty;
    public string RowId { get; set; } = string.Empty;
    public string ColumnId { get; set; } = string.Empty;
    public bool IsDecimal { get; set; }
}

internal sealed class RuleView
{
    public string IdLiteral { get; set; } = string.Empty;
    public string Severity { get; set; } = string.Empty;
    public string Scope { get; set; } = string.Empty;
    public string AcrossYears { get; set; } = string.Empty;
    public string TablesLiteral { get; set; } = string.Empty;
    public string CellTypesExpression { get; set; } = string.Empty;
    public string AssertionLiteral { get; set; } = string.Empty;
    public string MessageZhLiteral { get; set; } = string.Empty;
    public string MessageEnLiteral { get; set; } = string.Empty;
    public string DescriptionLiteral { get; set; } = string.Empty;
}

internal sealed class ClaimView
{
    public string IdLiteral { get; set; } = string.Empty;
    public string LabelZhLiteral { get; set; } = string.Empty;
    public string LabelEnLiteral { get; set; } = string.Empty;
    public string ValueLiteral { get; set; } = string.Empty;
    public string PhrasesLiteral { get; set; } = string.Empty;
    public string ZeroPhrasesLiteral { get; set; } = string.Empty;
    public string NotAfterLiteral { get; set; } = string.Empty;
    public string DescriptionLiteral { get; set; } = string.Empty;
}

using ReportSchemaKit.Parsing;
using ReportSchemaKit.Validation;

namespace ReportSchemaKit.Cli.Extraction;

/// <summary>The words the database uses for enum values: lowercase, hyphenated, stable whatever the C# names become.</summary>
internal static class CellStateNames
{
    /// <summary>Every word <see cref="Of(CellState)"/> gives, for the database's <c>cell_state</c> ENUM.</summary>
    public static readonly string[] States = ["value", "blank", "empty-marker", "missing", "invalid"];

    public static string Of(CellState state) => state switch
    {
        CellState.Value => "value",
        CellState.Blank => "blank",
        CellState.EmptyMarker => "empty-marker",
        CellState.Invalid => "invalid",
        _ => "missing",
    };

    /// <summary>Every word <see cref="Of(CellBinding)"/> gives, for the database's <c>cell_binding</c> ENUM.</summary>
    public static readonly string[] Bindings = ["label", "column-position", "order", "rules"];

    /// <summary>The evidence that bound a cell; <c>null</c> for a missing cell, which nothing bound (a NULL in the database).</summary>
    public static string? Of(CellBinding binding) => binding switch
    {
        CellBinding.Label => "label",
        CellBinding.ColumnPosition => "column-position",
        CellBinding.Order => "order",
        CellBinding.Rules => "rules",
        _ => null,
    };

    public static string Of(FindingOutcome outcome) => outcome == FindingOutcome.Failed ? "failed" : "not-assessable";
}

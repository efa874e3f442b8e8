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

    public static string Of(FindingOutcome outcome) => outcome == FindingOutcome.Failed ? "failed" : "not-assessable";
}

using ReportSchemaKit.Text;

namespace ReportSchemaKit.Parsing;

/// <summary>Where a cell's value came from.</summary>
/// <param name="State">What the source said.</param>
/// <param name="Raw">The cell's text as written, or <c>null</c> where the cell is missing.</param>
/// <param name="Position">Where it stands in the decoded source, or <c>null</c> where the cell is missing.</param>
/// <param name="Binding">The evidence that placed the text in this cell; <see cref="CellBinding.None"/> where the cell is missing.</param>
public readonly record struct CellOrigin(CellState State, string? Raw, SourcePosition? Position, CellBinding Binding = CellBinding.None)
{
    /// <summary>A cell the source does not have.</summary>
    public static CellOrigin Missing => default;
}

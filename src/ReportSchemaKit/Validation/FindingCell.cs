using ReportSchemaKit.Text;

namespace ReportSchemaKit.Validation;

/// <summary>A cell a finding involves.</summary>
/// <param name="Key">The canonical key <c>Table.Row.Column</c>.</param>
/// <param name="Value">The cell's value, or <c>null</c> where it is blank or the report has no such cell.</param>
/// <param name="Position">Where the cell stands in the source text, where the report came from a parse.</param>
/// <param name="InPreviousReport">True for a cell of last year's report in a cross-year rule.</param>
public sealed record FindingCell(string Key, decimal? Value, SourcePosition? Position, bool InPreviousReport = false)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var name = InPreviousReport ? "previous." + Key : Key;
        var value = Value is { } number ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : "blank";
        return Position is { } at ? $"{name}={value} @{at}" : $"{name}={value}";
    }
}

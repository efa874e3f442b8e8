namespace ReportSchemaKit.Text;

/// <summary>The result of reading one cell's text with <see cref="CellValueParser.Parse(string)"/>.</summary>
/// <param name="Kind">What the cell says.</param>
/// <param name="Raw">The cell text exactly as given, padding included, whatever the kind: nothing the user wrote is lost.</param>
/// <param name="Value">The number when <paramref name="Kind"/> is <see cref="CellValueKind.Number"/>; otherwise <see langword="null"/>.</param>
/// <param name="Unit">
/// The unit written in the cell (<c>元</c>, <c>万元</c>, <c>%</c>, … see <see cref="CellUnits"/>), or
/// <see langword="null"/> when there is none. The value is never converted to another unit.
/// </param>
/// <param name="DecimalPlaces">The number of digits written after the decimal point (<c>1.20</c> has 2); 0 unless a number.</param>
public readonly record struct CellValueParse(
    CellValueKind Kind,
    string Raw,
    decimal? Value,
    string? Unit,
    int DecimalPlaces);

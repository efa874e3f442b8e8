using System.Globalization;

namespace ReportSchemaKit.Rendering;

/// <summary>How every renderer writes a value: invariant digits, the decimal's own places, nothing for a blank cell.</summary>
internal static class CellValueText
{
    public static string? Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
}

using System;
using System.Globalization;

namespace ReportSchemaKit.Reports;

/// <summary>Conversions that generated <c>FromValues</c> methods share.</summary>
public static class CellValues
{
    /// <summary>Throws unless exactly one value per cell was given.</summary>
    public static void CheckCount(ReadOnlySpan<decimal?> values, int cellCount)
    {
        if (values.Length != cellCount)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Expected {cellCount} values, one per cell of the template; got {values.Length}."),
                nameof(values));
        }
    }

    /// <summary>A count cell's value: whole, or blank.</summary>
    /// <exception cref="ArgumentException">The value has a fractional part or does not fit a count.</exception>
    public static long? ToCount(ReadOnlySpan<decimal?> values, int ordinal, string key)
    {
        var value = values[ordinal];
        if (value is not { } number)
        {
            return null;
        }

        if (decimal.Truncate(number) != number || number > long.MaxValue || number < long.MinValue)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Cell {key} is a count and cannot hold {number}."),
                nameof(values));
        }

        return (long)number;
    }
}

using System;

namespace ReportSchemaKit.Validation;

/// <summary>The functions rule assertions may call, for generated validators.</summary>
public static class RuleMath
{
    /// <summary>
    /// <c>places(x)</c>: how many decimal places the value needs, trailing zeros not counted
    /// (1.2000 has one), so a cell written with padding zeros is not taken for a finer amount.
    /// <c>null</c> stays <c>null</c>.
    /// </summary>
    public static decimal? Places(decimal? value)
    {
        if (value is not { } number)
        {
            return null;
        }

        // The 96-bit integer and scale of the decimal: drop trailing zero digits of the integer while a scale is left.
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(number, bits);
        var mantissa = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = number.Scale;
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }

        return scale;
    }
}

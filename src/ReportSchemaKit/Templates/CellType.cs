namespace ReportSchemaKit.Templates;

/// <summary>What a cell holds. Declared per column (or per table) in the template YAML.</summary>
public enum CellType
{
    /// <summary>A whole, non-negative number of items (YAML <c>count</c>); modelled as <see cref="long"/>.</summary>
    Count,

    /// <summary>A whole number that may be negative, such as 本年增/减 (YAML <c>signed-count</c>).</summary>
    SignedCount,

    /// <summary>An amount with a bounded number of decimal places (YAML <c>decimal</c>); modelled as <see cref="decimal"/>.</summary>
#pragma warning disable CA1720 // The member mirrors the YAML word `decimal` on purpose.
    Decimal,
#pragma warning restore CA1720
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportSchemaKit.Templates;
using ReportSchemaKit.Validation.Narrative;

namespace ReportSchemaKit.Validation;

/// <summary>
/// Compares a stated figure with its claim's value. Equal where it equals; uncertain where the tables
/// cannot say (a blank cell), the figure is approximate, or it equals another reading of the cells, a
/// neighbouring claim, or a neighbour's reading that counts this claim's cells and more (new applications with the
/// carried-over ones, in one column); different only where none of that holds. A zero statement, and any stated 0, is
/// not matched against other readings: zeros are common in the tables, and "none" is unambiguous.
/// </summary>
internal static class ClaimJudge
{
    public static (ClaimOutcome Outcome, string Explanation) Judge(
        NarrativeMention mention, int claim, IReadOnlyList<ClaimInfo> claims, IReadOnlyList<ClaimValue> values)
    {
        var value = values[claim];
        var number = mention.Number;
        if (value.Value is not { } tableValue)
        {
            var blank = string.Join(", ", value.Cells.Where(c => c.Value is null).Select(c => c.Key));
            return (ClaimOutcome.Uncertain, $"the table leaves {blank} blank, so the figure cannot be compared");
        }

        if (mention.Approximate)
        {
            return (ClaimOutcome.Uncertain, F($"the figure is approximate; the table has {tableValue}"));
        }

        if (number == tableValue)
        {
            return (ClaimOutcome.Equal, F($"the table has {tableValue}"));
        }

        if (number != 0)
        {
            foreach (var alternative in value.Alternatives)
            {
                if (alternative.Value == number)
                {
                    return (ClaimOutcome.Uncertain, F($"the table has {tableValue}, but {number} is {alternative.Description}; the sentence may mean that"));
                }
            }

            for (var other = 0; other < claims.Count; other++)
            {
                if (other != claim && values[other].Value == number)
                {
                    return (ClaimOutcome.Uncertain, F($"the table has {tableValue}, but {number} is the value of the neighbouring claim {claims[other].Id} ({claims[other].LabelZh}); the sentence may mean that"));
                }
            }

            if (WiderReading(value, claim, number, claims, values) is { } wider)
            {
                return (ClaimOutcome.Uncertain, F($"the table has {tableValue}, but {number} is {wider}, which counts these cells and more; the sentence may mean that"));
            }
        }

        return (ClaimOutcome.Different, F($"the table has {tableValue}, difference {number - tableValue}"));
    }

    /// <summary>
    /// A neighbouring claim's other reading that equals the figure and reads every cell of this claim or of one of its
    /// readings: 自然人申请6件 counted with the carried-over ones is received-total's NaturalPerson column, which includes
    /// new-received's. The figure then counts a wider scope than the claim; <c>null</c> where no such reading equals it.
    /// </summary>
    private static string? WiderReading(ClaimValue value, int claim, decimal number, IReadOnlyList<ClaimInfo> claims, IReadOnlyList<ClaimValue> values)
    {
        for (var other = 0; other < claims.Count; other++)
        {
            if (other == claim)
            {
                continue;
            }

            foreach (var alternative in values[other].Alternatives)
            {
                if (alternative.Value == number
                    && (ClaimScope.Covers(alternative.Cells, value.Cells) || value.Alternatives.Any(a => ClaimScope.Covers(alternative.Cells, a.Cells))))
                {
                    return $"{claims[other].Id} ({claims[other].LabelZh}) read as {alternative.Description}";
                }
            }
        }

        return null;
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

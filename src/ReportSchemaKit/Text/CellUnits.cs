using System;

namespace ReportSchemaKit.Text;

/// <summary>
/// The units <see cref="CellValueParser"/> recognises in a cell, and the money units it can convert
/// between. Each is reported as the string constant below, so callers may compare with <c>==</c>.
/// </summary>
public static class CellUnits
{
    /// <summary>元 (yuan), written after the number: <c>251000元</c>.</summary>
    public const string Yuan = "元";

    /// <summary>万元 (ten thousand yuan), the unit of 本年收费金额: <c>1.2万元</c>.</summary>
    public const string TenThousandYuan = "万元";

    /// <summary>亿元 (one hundred million yuan).</summary>
    public const string HundredMillionYuan = "亿元";

    /// <summary>The yuan sign ¥ (or full-width ￥), written before the number: <c>¥19210</c>. Same amount as 元.</summary>
    public const string YuanSign = "¥";

    /// <summary>Percent, <c>%</c> or full-width <c>％</c>, written after the number.</summary>
    public const string Percent = "%";

    /// <summary>件 (pieces, documents), a counting unit written after the number.</summary>
    public const string Pieces = "件";

    /// <summary>个 (items), a counting unit written after the number.</summary>
    public const string Items = "个";

    /// <summary>条 (entries), a counting unit written after the number.</summary>
    public const string Entries = "条";

    /// <summary>项 (matters), a counting unit written after the number.</summary>
    public const string Matters = "项";

    /// <summary>次 (times), a counting unit written after the number.</summary>
    public const string Times = "次";

    /// <summary>人 (persons), a counting unit written after the number.</summary>
    public const string Persons = "人";

    private static readonly string[] Suffixes =
        [Yuan, TenThousandYuan, HundredMillionYuan, Pieces, Items, Entries, Matters, Times, Persons];

    /// <summary>The suffix unit spelled by <paramref name="text"/>, or <see langword="null"/>.</summary>
    internal static string? MatchSuffix(ReadOnlySpan<char> text)
    {
        if (text.Length == 1 && CharFolding.ToHalfWidth(text[0]) == '%')
        {
            return Percent;
        }

        foreach (string unit in Suffixes)
        {
            if (text.SequenceEqual(unit))
            {
                return unit;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="c"/> is a unit written before the number (¥ or ￥).</summary>
    internal static bool IsPrefix(char c) => c is '¥' or '￥';

    /// <summary>How many yuan one of <paramref name="unit"/> is, for the money units; 0 for the others.</summary>
    internal static decimal YuanPerUnit(string unit) => unit switch
    {
        Yuan or YuanSign => 1m,
        TenThousandYuan => 10_000m,
        HundredMillionYuan => 100_000_000m,
        _ => 0m,
    };
}

namespace ReportSchemaKit.Validation.Narrative;

/// <summary>
/// A count as report prose writes it, read where a claim's phrase leaves off: Arabic digits (full-width
/// too, with thousands separators 1,234 or 1，234), or Chinese numerals (三, 十二, 一百零五, 两千);
/// an optional 万; 余 or 多 after it (approximate); and a counting unit (件 条 个 次 项 起 宗 例). The unit is
/// required: without it the digits are a year, a date, a percentage or part of a name, never a count.
/// </summary>
/// <param name="Value">The number.</param>
/// <param name="Length">How many characters it takes, unit included.</param>
/// <param name="Approximate">True for 108余条, 30多件.</param>
/// <param name="Unit">The counting unit (件, 条 …).</param>
internal readonly record struct StatedNumber(decimal Value, int Length, bool Approximate, char Unit)
{
    /// <summary>The counting units a count must end in.</summary>
    internal const string Units = "件条个次项起宗例";

    /// <summary>What may stand just before a unit in a count: Chinese numerals, 万, and 余/多 (108余件).</summary>
    private const string BeforeUnit = "零〇一二两三四五六七八九十百千万余多";

    /// <summary>Reads a count at <paramref name="start"/>; false where there is none.</summary>
    public static bool TryRead(string text, int start, out StatedNumber number)
    {
        number = default;
        var position = start;
        decimal value;
        if (position < text.Length && DigitOf(text[position]) >= 0)
        {
            if (!TryReadArabic(text, ref position, out value))
            {
                return false;
            }
        }
        else if (!TryReadChinese(text, ref position, out value))
        {
            return false;
        }

        if (position < text.Length && text[position] == '万')
        {
            value *= 10000;
            position++;
        }

        var approximate = position < text.Length && text[position] is '余' or '多';
        if (approximate)
        {
            position++;
        }

        while (position < text.Length && text[position] is ' ' or '\u00A0' or '\u3000')
        {
            position++;
        }

        if (position >= text.Length || !Units.Contains(text[position], System.StringComparison.Ordinal) || IsTimeSpan(text, position))
        {
            return false;
        }

        number = new StatedNumber(value, position + 1 - start, approximate, text[position]);
        return true;
    }

    /// <summary>
    /// Whether the unit counts cases — applications, reviews, lawsuits, what the templates' claims count. 条
    /// counts items of information (documents, articles: 制发公文类政府信息383条，其中…不予公开13条), never cases.
    /// </summary>
    public bool CountsCases => Unit != '条';

    /// <summary>Whether the text before <paramref name="end"/> ends with a count and its unit (2件, 七件, 108余件, 21 件).</summary>
    public static bool EndsWithCount(string text, int end)
    {
        if (end < 2 || !Units.Contains(text[end - 1], System.StringComparison.Ordinal))
        {
            return false;
        }

        var last = end - 2;
        while (last > 0 && text[last] is ' ' or '\u00A0' or '\u3000')
        {
            last--;
        }

        return DigitOf(text[last]) >= 0 || BeforeUnit.Contains(text[last], System.StringComparison.Ordinal);
    }

    /// <summary>0-9 and full-width ０-９ → their value; anything else → -1.</summary>
    public static int DigitOf(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '０' and <= '９' => c - '０',
        _ => -1,
    };

    private static bool TryReadArabic(string text, ref int position, out decimal value)
    {
        value = 0;
        while (position < text.Length)
        {
            var digit = DigitOf(text[position]);
            if (digit >= 0)
            {
                value = (value * 10) + digit;
                position++;
            }
            else if (text[position] is ',' or '，' && IsThousandsGroup(text, position + 1))
            {
                position++;
            }
            else
            {
                break;
            }
        }

        // 1.5件 or 95.2% is no count; 12:30 is a time.
        return position >= text.Length || text[position] is not ('.' or '．' or ':' or '：' or '%' or '％');
    }

    /// <summary>Exactly three digits and no fourth: 1,234件 but not 1,2345 (two figures in a list).</summary>
    internal static bool IsThousandsGroup(string text, int start) =>
        start + 3 <= text.Length
        && DigitOf(text[start]) >= 0 && DigitOf(text[start + 1]) >= 0 && DigitOf(text[start + 2]) >= 0
        && (start + 3 == text.Length || DigitOf(text[start + 3]) < 0);

    private static bool TryReadChinese(string text, ref int position, out decimal value)
    {
        value = 0;
        decimal section = 0;
        var digit = -1;
        var start = position;
        for (; position < text.Length; position++)
        {
            var c = text[position];
            var d = ChineseDigitOf(c);
            if (d >= 0)
            {
                digit = d;
                continue;
            }

            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0)
            {
                break;
            }

            // 十二: a leading 十 means one ten.
            section += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }

        if (position == start)
        {
            return false;
        }

        value = section + (digit < 0 ? 0 : digit);
        return true;
    }

    private static int ChineseDigitOf(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    /// <summary>个 in 20个工作日, 3个月, 2个小时 counts time, not items.</summary>
    private static bool IsTimeSpan(string text, int unitPosition) =>
        text[unitPosition] == '个' && unitPosition + 1 < text.Length && text[unitPosition + 1] is '工' or '月' or '小' or '季' or '星';
}

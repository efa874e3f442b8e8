using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using ReportSchemaKit.Layout;

namespace ReportSchemaKit.Parsing.Matching;

/// <summary>Finds the report's title and its year: "…2023年政府信息公开工作年度报告", "金山镇2023年政府信息公开工作报告".</summary>
internal static partial class TitleFinder
{
    public static (string? Title, int? Year, Text.SourcePosition? Position) Find(ArraySegment<Token> tokens, IReadOnlyList<SourceCell> cells)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsText || token.Key.Length > 80)
            {
                continue;
            }

            var match = TitlePattern().Match(token.Key);
            if (match.Success)
            {
                return (cells[i].Text.Trim(), int.Parse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture), cells[i].Position);
            }
        }

        return (null, null, null);
    }

    // On the normalised key: spaces are gone and full-width digits are ASCII.
    [GeneratedRegex(@"((?:19|20)\d{2})年度?[^0-9。]{0,40}?政府信息公开[^0-9。]{0,12}?报告", RegexOptions.CultureInvariant)]
    private static partial Regex TitlePattern();
}

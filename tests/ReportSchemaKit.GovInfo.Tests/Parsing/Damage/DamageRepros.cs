using System.Collections.Generic;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>
/// The shortest damaged reports the property tests found a wrong value in, cut down by hand: each a text and the
/// true contents of the cells it prints (null: blank). Kept apart so that a fix can be tried on each at once.
/// </summary>
internal static class DamageRepros
{
    private const string Head2021 = "示例镇2022年政府信息公开工作年度报告\n二、主动公开政府信息情况\n";
    private const string Head2019 = "示例镇2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n";
    private const string Tail = "三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n";
    private const string Item6 = "\t第二十条第（六）项\t信息内容\t本年处理决定数量\n";
    private const string Item1 = "\t第二十条第（一）项\t信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n";

    public static readonly IReadOnlyDictionary<string, (string Text, Dictionary<string, decimal?> Cells)> Cases = new Dictionary<string, (string, Dictionary<string, decimal?>)>
    {
        // LabelsLost: the trailing tab of 行政处罚's row is its blank cell; the next row lost its label.
        ["labels-lost-after-a-trailing-blank"] = (Head2021 + Item6 + "\t行政处罚\t\n\t1\n" + Tail,
            new() { ["Art20Item6.Penalty.Decisions"] = null, ["Art20Item6.Coercion.Decisions"] = 1 }),

        // LabelsLost: a value row with an empty label cell, then a row whose only cell is blank (trailing tab).
        ["label-lost-before-a-trailing-blank"] = (Head2021 + Item6 + "\t\t0\n\t行政强制\t\n" + Tail,
            new() { ["Art20Item6.Penalty.Decisions"] = 0, ["Art20Item6.Coercion.Decisions"] = null }),

        // LabelsDisplaced: 行政规范性文件's label one line above the row 规章 (which has its own label), its values below.
        ["label-displaced-above-a-labelled-row"] = (Head2021 + Item1 + "\t行政规范性文件\n\t规章\t\t2\t3\n\t\t\t6\n" + Tail,
            new() { ["Art20Item1.Rules.Issued"] = null, ["Art20Item1.Rules.Repealed"] = 2, ["Art20Item1.Rules.InForce"] = 3, ["Art20Item1.NormativeDocuments.Issued"] = null, ["Art20Item1.NormativeDocuments.Repealed"] = null, ["Art20Item1.NormativeDocuments.InForce"] = 6 }),

        // LabelAndValueInOneCell, one cell per line: 规章's first (blank) cell went with its label; 行政规范性文件 92 is label and value.
        ["label-and-value-in-one-cell"] = (Head2021 + "第二十条第（一）项\n\n信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件数\n\n规章\n\n\u00A0\n\n0\n\n行政规范性文件 92\n\n2\n\n0\n\n" + Tail,
            new() { ["Art20Item1.Rules.Issued"] = null, ["Art20Item1.Rules.Repealed"] = null, ["Art20Item1.Rules.InForce"] = 0, ["Art20Item1.NormativeDocuments.Issued"] = 92, ["Art20Item1.NormativeDocuments.Repealed"] = 2, ["Art20Item1.NormativeDocuments.InForce"] = 0 }),

        // BrokenLabels (2019): 其他对外管理服务事项 broken over three lines, values on the first; 行政许可's last cell blank (trailing tab).
        ["broken-label-after-a-trailing-blank"] = (Head2019 + "\t第二十条第（五）项\t信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n\t行政许可\t36\t0\t\n\t其他对外管\t67\t\t0\n\t理服务\n\t事项\n" + Tail,
            new() { ["Art20Item5.Licensing.PriorYearItems"] = 36, ["Art20Item5.Licensing.Change"] = 0, ["Art20Item5.Licensing.Decisions"] = null, ["Art20Item5.OtherServices.PriorYearItems"] = 67, ["Art20Item5.OtherServices.Change"] = null, ["Art20Item5.OtherServices.Decisions"] = 0 }),

        // ColumnLost (2019): 行政强制's first column lost, printed loose on the next line as （0）.
        ["column-lost-printed-loose"] = (Head2019 + "\t第二十条第（六）项\t信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n\t行政处罚\t1\t\t\n\t行政强制\t0\t2\n（0）\n" + Tail,
            new() { ["Art20Item6.Penalty.PriorYearItems"] = 1, ["Art20Item6.Penalty.Change"] = null, ["Art20Item6.Penalty.Decisions"] = null, ["Art20Item6.Coercion.PriorYearItems"] = 0, ["Art20Item6.Coercion.Change"] = 0, ["Art20Item6.Coercion.Decisions"] = 2 }),

        // ColumnReadingOrder (pdftotext): two labels, then the one value printed (行政强制's cell is blank, so it printed nothing).
        ["reading-order-one-value-for-two-labels"] = (Head2021 + "第二十条第（六）项    信息内容    本年处理决定数量\n行政处罚\n行政强制\n0\n" + Tail,
            new() { ["Art20Item6.Penalty.Decisions"] = 0, ["Art20Item6.Coercion.Decisions"] = null }),

        // VerticalGroupLabels: （四）无法提供 printed one character per line among its rows.
        ["vertical-group-label"] = (Head2021 + "三、收到和处理政府信息公开申请情况\n\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\t自然人\t法人或其他组织\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n"
            + "（\n\t1.本机关不掌握相关政府信息\t\t\t\t0\t293\t2\t295\n四\n\t2.没有现成信息需要另行制作\t\t\t\t103\t0\t0\t103\n）\n\t3.补正后申请内容仍不明确\t\t\t\t0\t0\t0\t0\n无\n法\n提\n供\n四、政府信息公开行政复议、行政诉讼情况\n",
            new() { ["Requests.UnavailableUnclear.Research"] = null, ["Requests.UnavailableUnclear.PublicInterest"] = 0, ["Requests.UnavailableUnclear.Legal"] = 0, ["Requests.UnavailableUnclear.Other"] = 0, ["Requests.UnavailableUnclear.Total"] = 0, ["Requests.UnavailableNeedsCreation.PublicInterest"] = 103 }),
    };
}

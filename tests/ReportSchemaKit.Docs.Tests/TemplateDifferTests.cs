using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Docs.Diffing;
using ReportSchemaKit.GovInfo;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.Docs.Tests;

/// <summary>Differences between template versions: the real 2019 → 2021 case, and each kind of change on small templates.</summary>
public sealed class TemplateDifferTests
{
    [Fact]
    public void From_2019_to_2021_item_9_goes_the_section_two_columns_change_and_other_handling_splits_in_three()
    {
        var diff = TemplateDiffer.Compare(Version("2019"), Version("2021"));

        Assert.Equal(["Removed Art20Item9 第二十条第（九）项 →"], diff.Tables.Select(Describe));
        Assert.Equal(
            [
                "Renamed Art20Item1.NormativeDocuments 规范性文件 → 行政规范性文件",
                "Removed Art20Item5.OtherServices 其他对外管理服务事项 →",
                "Removed Requests.OtherHandling 三、本年度办理结果 › （六）其他处理 →",
                "Added Requests.OtherNoCorrection → 三、本年度办理结果 › （六）其他处理 › 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "Added Requests.OtherUnpaidFee → 三、本年度办理结果 › （六）其他处理 › 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                "Added Requests.OtherMisc → 三、本年度办理结果 › （六）其他处理 › 3.其他",
            ],
            diff.Rows.Select(Describe));
        Assert.Equal(
            [
                "Removed Art20Item1.NewlyMade 本年新制作数量 →", "Removed Art20Item1.NewlyPublished 本年新公开数量 →", "Removed Art20Item1.TotalPublished 对外公开总数量 →",
                "Added Art20Item1.Issued → 本年制发件数", "Added Art20Item1.Repealed → 本年废止件数", "Added Art20Item1.InForce → 现行有效件数",
                "Removed Art20Item5.PriorYearItems 上一年项目数量 →", "Removed Art20Item5.Change 本年增/减 →", "Renamed Art20Item5.Decisions 处理决定数量 → 本年处理决定数量",
                "Removed Art20Item6.PriorYearItems 上一年项目数量 →", "Removed Art20Item6.Change 本年增/减 →", "Renamed Art20Item6.Decisions 处理决定数量 → 本年处理决定数量",
                "Removed Art20Item8.PriorYearItems 上一年项目数量 →", "Removed Art20Item8.Change 本年增/减 →", "Added Art20Item8.Amount → 本年收费金额（单位：万元）",
            ],
            diff.Columns.Select(Describe));
        Assert.Empty(diff.Types);
        Assert.Equal(
            [
                "Changed requests.results-sum assertion ResultsTotal == sum(Disclosed..OtherHandling) → ResultsTotal == sum(Disclosed..OtherMisc)",
                "Added continuity.in-force → InForce == previous.InForce + Issued - Repealed",
                "Removed continuity.items PriorYearItems == previous.PriorYearItems + previous.Change →",
            ],
            diff.Rules.Select(Describe));
    }

    [Fact]
    public void A_version_compared_with_itself_has_no_differences()
    {
        Assert.True(TemplateDiffer.Compare(Version("2021"), Version("2021")).IsEmpty);
    }

    [Fact]
    public void Same_id_with_a_new_type_label_group_or_section_and_same_label_with_a_new_id_are_told_apart()
    {
        var before = Build("1", "A",
            Table("T", "表一", rows: [Row("R1", "甲"), Row("R2", "乙", "组")], columns: [Column("C1", "数量", CellType.Count), Column("Old", "金额", CellType.Decimal, 2, "元")]),
            Table("U", "表二", rows: [Row("R", "行")], columns: [Column("C", "列", CellType.Count)]));
        var after = Build("2", "B",
            Table("T", "表一（新）", rows: [Row("R1", "甲一"), Row("R2", "乙")], columns: [Column("C1", "数量", CellType.SignedCount), Column("New", "金额", CellType.Decimal, 4, "万元")]),
            Table("V", "表二", rows: [Row("R", "行")], columns: [Column("C", "列", CellType.Count)]));

        var diff = TemplateDiffer.Compare(before, after);

        Assert.Equal(["IdChanged U → V 表二 → 表二", "Renamed T 表一 → 表一（新）", "Moved T 一、A → 一、B"], diff.Tables.Select(Describe));
        Assert.Equal(["Renamed T.R1 甲 → 甲一", "Moved T.R2 组 → (no group)"], diff.Rows.Select(Describe));
        Assert.Equal(["IdChanged T.Old → T.New 金额 → 金额"], diff.Columns.Select(Describe));
        Assert.Equal(["TypeChanged T.C1 count → signed count", "TypeChanged T.New decimal, up to 2 places, in 元 → decimal, up to 4 places, in 万元"], diff.Types.Select(Describe));
    }

    [Fact]
    public void A_rule_reports_each_aspect_that_changed()
    {
        RuleInfo Rule(RuleSeverity severity, RuleScope scope, string message) => new()
        {
            Id = "t.sum", Severity = severity, Scope = scope, Tables = ["T"], Assertion = "C1 >= 0", MessageZh = message, MessageEn = "en",
        };
        var table = Table("T", "表一", rows: [Row("R1", "甲")], columns: [Column("C1", "数量", CellType.Count)]);

        var diff = TemplateDiffer.Compare(
            Build("1", "A", [Rule(RuleSeverity.Error, RuleScope.Column, "旧")], table),
            Build("2", "A", [Rule(RuleSeverity.Warning, RuleScope.Row, "新")], table));

        Assert.Equal(
            ["Changed t.sum severity error → warning", "Changed t.sum scope each column of `T` → each row of `T`", "Changed t.sum message 旧 / en → 新 / en"],
            diff.Rules.Select(Describe));
    }

    [Fact]
    public void Claims_added_removed_and_changed_are_listed_by_id()
    {
        ClaimInfo Claim(string id, string value, params string[] phrases) => new()
        {
            Id = id, LabelZh = "数", LabelEn = "count", Value = value, Phrases = phrases,
        };
        var table = Table("T", "表一", rows: [Row("R1", "甲"), Row("R2", "乙")], columns: [Column("C1", "数量", CellType.Count)]);

        var diff = TemplateDiffer.Compare(
            Build("1", "A", [], [Claim("t.kept", "T.R1.C1", "甲数"), Claim("t.old", "T.R2.C1", "乙数")], table),
            Build("2", "A", [], [Claim("t.kept", "T.R1.C1 + T.R2.C1", "甲数", "共计"), Claim("t.new", "T.R2.C1", "乙…数")], table));

        Assert.Equal(
            [
                "Changed t.kept value T.R1.C1 → T.R1.C1 + T.R2.C1",
                "Changed t.kept phrases 甲数 → 甲数；共计",
                "Added t.new → T.R2.C1",
                "Removed t.old T.R2.C1 →",
            ],
            diff.Claims.Select(Describe));
        Assert.False(diff.IsEmpty);
        Assert.Empty(diff.Rules);
    }

    private static ReportTemplate Version(string version) => ReportTemplates.Catalog.Find("gov-info-disclosure", version)!.Template;

    private static string Describe(TemplateChange change) =>
        string.Join(" ", new[] { change.Kind.ToString(), change.Subject, change.Aspect, change.Before, "→", change.After }.Where(part => part is not null));

    private static RowInfo Row(string id, string label, string? group = null) => new()
    {
        Id = id, Label = label, Index = 0, Groups = group is null ? [] : [new HeaderGroup(group, [])],
    };

    private static ColumnInfo Column(string id, string label, CellType type, int scale = 0, string? unit = null) => new()
    {
        Id = id, Label = label, Type = type, Scale = scale, Unit = unit, Index = 0,
    };

    private static (string Id, string Label, RowInfo[] Rows, ColumnInfo[] Columns) Table(string id, string label, RowInfo[] rows, ColumnInfo[] columns) =>
        (id, label, rows, columns);

    private static ReportTemplate Build(string version, string section, params (string Id, string Label, RowInfo[] Rows, ColumnInfo[] Columns)[] tables) =>
        Build(version, section, [], [], tables);

    private static ReportTemplate Build(string version, string section, IReadOnlyList<RuleInfo> rules, params (string Id, string Label, RowInfo[] Rows, ColumnInfo[] Columns)[] tables) =>
        Build(version, section, rules, [], tables);

    /// <summary>A one-section template; rows and columns are numbered in the order given.</summary>
    private static ReportTemplate Build(string version, string section, IReadOnlyList<RuleInfo> rules, IReadOnlyList<ClaimInfo> claims, params (string Id, string Label, RowInfo[] Rows, ColumnInfo[] Columns)[] tables)
    {
        var infos = new List<TableInfo>();
        var ordinal = 0;
        foreach (var (id, label, rows, columns) in tables)
        {
            infos.Add(new TableInfo
            {
                Id = id,
                Label = label,
                SectionId = "S",
                FirstCellOrdinal = ordinal,
                Rows = rows.Select((r, i) => new RowInfo { Id = r.Id, Label = r.Label, Groups = r.Groups, Index = i }).ToArray(),
                Columns = columns.Select((c, i) => new ColumnInfo { Id = c.Id, Label = c.Label, Type = c.Type, Scale = c.Scale, Unit = c.Unit, Index = i }).ToArray(),
            });
            ordinal += rows.Length * columns.Length;
        }

        var identity = new TemplateIdentity { Family = "test", Version = version, Title = "测试", IssuedBy = "—", FirstYear = 2000 };
        return new ReportTemplate(identity, [new SectionInfo { Id = "S", Label = "一、" + section, Tables = infos }], rules, claims);
    }
}

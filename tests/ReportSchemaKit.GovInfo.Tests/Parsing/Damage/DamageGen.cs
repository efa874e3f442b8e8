using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using ReportSchemaKit.GovInfo.V2019;
using ReportSchemaKit.GovInfo.V2021;
using ReportSchemaKit.Reports;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>The CsCheck generator of damaged reports of a class: a version, values, a style, and the class's damage with its seed.</summary>
internal static class DamageGen
{
    private static readonly DamageClass[] Damages = Enum.GetValues<DamageClass>().Where(c => c is not (DamageClass.None or DamageClass.BoxDrawing or DamageClass.UnderscorePipes or DamageClass.Pairs)).ToArray();

    private static readonly StyleKind[] TableStyles = [StyleKind.Lines, StyleKind.Tabs, StyleKind.Pipes, StyleKind.Aligned, StyleKind.Grid, StyleKind.Box, StyleKind.UnderscorePipes];

    public static Gen<DamagedReport> Of(DamageClass damage) =>
        from version in Gen.Bool.Select(b => b ? GovInfoReport2019.TemplateInfo : GovInfoReport2021.TemplateInfo)
        from values in DamageValues.For(version)
        from pair in Gen.Int[0, Damages.Length - 1].Array[2]
        from style in Gen.Int[0, 7]
        from blank in Gen.Int[0, 2]
        from seed in Gen.Int
        select Make(damage, version, values, damage == DamageClass.Pairs ? Pair(pair) : [damage], style, blank, seed);

    private static DamageClass[] Pair(int[] picks) =>
        picks[0] == picks[1] ? [Damages[picks[0]], Damages[(picks[0] + 1) % Damages.Length]] : [Damages[Math.Min(picks[0], picks[1])], Damages[Math.Max(picks[0], picks[1])]];

    private static DamagedReport Make(DamageClass damage, ReportTemplate template, decimal?[] values, DamageClass[] steps, int style, int blank, int seed)
    {
        var random = new Random(seed);
        var year = template.Version == "2019" ? 2020 : 2022;
        IReport report = template.Version == "2019" ? GovInfoReport2019.FromValues(values) : GovInfoReport2021.FromValues(values);
        var rows = DamageDocument.Rows(report, year);
        foreach (var step in steps)
        {
            rows = Apply(step, rows, random, template);
        }

        var kind = Style(damage, steps, style);
        var blankText = kind switch
        {
            StyleKind.Lines => blank == 0 ? "/" : "\u00A0",
            StyleKind.Tabs or StyleKind.Pipes or StyleKind.Box or StyleKind.UnderscorePipes => blank == 0 ? string.Empty : "/",
            _ => "/",
        };
        var surviving = rows.Where(r => r.Kind == RowKind.Data).SelectMany(r => r.Values).Select(c => c.Ordinal).ToHashSet();
        var dstyle = new DamageStyle(kind, blankText, seed);
        return new DamagedReport(damage, template, values, dstyle, string.Join('+', steps), rows, DamageRenderer.Render(rows, dstyle), surviving);
    }

    /// <summary>The style a class prints in: its own where it has one (pdftotext -raw spaces, w3m boxes, html2text pipes), else any.</summary>
    private static StyleKind Style(DamageClass damage, DamageClass[] steps, int pick) => damage switch
    {
        DamageClass.BoxDrawing => StyleKind.Box,
        DamageClass.UnderscorePipes => StyleKind.UnderscorePipes,
        DamageClass.None => TableStyles[pick % 5],
        _ when steps.Contains(DamageClass.OneLineSingleSpaces) => StyleKind.Spaces,
        _ when steps.Contains(DamageClass.ColumnReadingOrder) => new[] { StyleKind.Lines, StyleKind.Aligned, StyleKind.Grid, StyleKind.Spaces, StyleKind.Tabs }[pick % 5],
        _ => TableStyles[pick % TableStyles.Length],
    };

    private static List<DamageRow> Apply(DamageClass step, List<DamageRow> rows, Random random, ReportTemplate template) => step switch
    {
        DamageClass.BlanksVanish => BlanksVanish.Apply(rows, random),
        DamageClass.OneLineSingleSpaces => OneLineSingleSpaces.Apply(rows, random),
        DamageClass.LabelsDisplaced => LabelsDisplaced.Apply(rows, random),
        DamageClass.LabelsLost => LabelsLost.Apply(rows, random),
        DamageClass.VerticalGroupLabels => VerticalGroupLabels.Apply(rows, random, template),
        DamageClass.PageNumbersAndHeaders => PageNumbersAndHeaders.Apply(rows, random),
        DamageClass.SplitTables => SplitTables.Apply(rows, random, template),
        DamageClass.ColumnLost => ColumnLost.Apply(rows, random, template),
        DamageClass.LabelAndValueInOneCell => LabelAndValueInOneCell.Apply(rows, random),
        DamageClass.BrokenLabels => BrokenLabels.Apply(rows, random),
        DamageClass.ColumnReadingOrder => ColumnReadingOrder.Apply(rows, random),
        _ => rows,
    };
}

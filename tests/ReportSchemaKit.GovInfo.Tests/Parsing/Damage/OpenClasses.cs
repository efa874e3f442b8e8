using System.Collections.Generic;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>The damage classes that still give wrong values, each with what the shortest repro shows.</summary>
internal static class OpenClasses
{
    public static readonly IReadOnlyDictionary<DamageClass, string> Causes = new Dictionary<DamageClass, string>
    {
        [DamageClass.LabelsDisplaced] = "one cell per line with every label a row off its values: each run still holds one row's worth, so nothing shows the shift",
        [DamageClass.LabelsLost] = "one cell per line, a lost label next to a row of blanks: the blank run is read as that row's",
        [DamageClass.ColumnLost] = "a tab row whose third value went loose onto the next line, which the tab reader joins to the row",
        [DamageClass.BrokenLabels] = "a label broken over lines with its values on the first piece, read as a row of its own",
        [DamageClass.VerticalGroupLabels] = "single characters of a vertical group label matched as row labels",
        [DamageClass.LabelAndValueInOneCell] = "a label and its first value in one cell, one cell per line: the rest of the row joins the next label's run",
        [DamageClass.ColumnReadingOrder] = "section 四 one value per line with blanks vanished: an order the rules hold for is not the printed one",
        [DamageClass.Pairs] = "pairs including the classes above",
    };

    public static IEnumerable<DamageClass> Keys => Causes.Keys;
}

using System.Collections.Generic;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>
/// The damage classes that still give some wrong values (over 10,000 damaged reports each), with what their shortest
/// repros show. Their property test is skipped, not weakened; a class leaves this list when it gives none.
/// </summary>
internal static class OpenClasses
{
    public static readonly IReadOnlyDictionary<DamageClass, string> Causes = new Dictionary<DamageClass, string>
    {
        [DamageClass.BrokenLabels] = "a label broken over lines with a row's values between its pieces (一、本年新收政府信息公 / values / 开申请数量): a piece is read as another row's label, or the values as the next row's",
        [DamageClass.LabelsLost] = "a lost label beside a row whose own last cell was dropped (a trailing blank tab): the row's short run and the next printed row tie the wrong way",
        [DamageClass.LabelsDisplaced] = "a few arrangements of labels a row off their values (129 cells in 10,000 reports) still leave one best alignment, and it is the shifted one",
        [DamageClass.LabelAndValueInOneCell] = "a label and its first value in one cell, one cell per line (the text grid splits them only in grids): the rest of the row joins another run",
        [DamageClass.Pairs] = "pairs that include the classes above",
    };

    public static IEnumerable<DamageClass> Keys => Causes.Keys;
}

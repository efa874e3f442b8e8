using System;
using System.Linq;
using CsCheck;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.GovInfo.Tests;

/// <summary>Random cell values that fit each cell's type: blanks (one in six), whole counts, signed changes, scaled amounts.</summary>
internal static class ReportGenerators
{
    public static Gen<decimal?[]> Values(ReportTemplate template)
    {
        var count = template.Cells.Count;
        return Gen.Select(Gen.Long[-100_000, 100_000_000].Array[count], Gen.Int[0, 5].Array[count], (numbers, blanks) =>
            template.Cells.Select(cell => blanks[cell.Ordinal] == 0
                ? null
                : cell.Type switch
                {
                    CellType.SignedCount => (decimal?)numbers[cell.Ordinal],
                    CellType.Count => Math.Abs(numbers[cell.Ordinal]),
                    _ => decimal.Divide(Math.Abs(numbers[cell.Ordinal]), (decimal)Math.Pow(10, cell.Column.Scale)),
                }).ToArray());
    }
}

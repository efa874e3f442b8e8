using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportSchemaKit.Parsing;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>
/// Counts over the damaged reports of a class. A cell is exact (its value, or blank for a blank), missing (no value
/// read: Missing, Invalid, or Blank/EmptyMarker where a value was printed) or wrong (a value other than the true one).
/// </summary>
internal sealed class DamageTally
{
    private readonly List<(DamagedReport Report, List<string> Wrong)> _failures = [];

    public int Reports { get; private set; }

    public int Cells { get; private set; }

    public int Surviving { get; private set; }

    public int ExactSurviving { get; private set; }

    public int Wrong { get; private set; }

    /// <summary>Cells whose printed value was read as blank or as an empty marker: no value, but a claim about the cell.</summary>
    public int ValueReadAsBlank { get; private set; }

    /// <summary>Reports with cells not exact and no diagnostic at all.</summary>
    public int Silent { get; private set; }

    public double Recall => Surviving == 0 ? 1 : (double)ExactSurviving / Surviving;

    /// <summary>The failures, smallest text first, so that the first is the shortest repro found.</summary>
    public IEnumerable<(DamagedReport Report, List<string> Wrong)> Failures => _failures.OrderBy(f => f.Report.Text.Length);

    public void Add(DamagedReport damaged, ReportParseResult result)
    {
        Reports++;
        var wrong = new List<string>();
        var allExact = true;
        var sameVersion = result.Template?.Version == damaged.Template.Version;
        for (var o = 0; o < damaged.Values.Length; o++)
        {
            var expected = damaged.Values[o];
            var origin = sameVersion ? result.Cells[o] : CellOrigin.Missing;
            var exact = origin.State switch
            {
                CellState.Value => expected is { } e && result.Report!.GetValue(o) == e,
                CellState.Blank or CellState.EmptyMarker => expected is null,
                _ => false,
            };
            Cells++;
            allExact &= exact;
            if (damaged.Surviving.Contains(o))
            {
                Surviving++;
                ExactSurviving += exact ? 1 : 0;
            }

            if (origin.State == CellState.Value && !exact)
            {
                Wrong++;
                wrong.Add(string.Create(CultureInfo.InvariantCulture, $"{damaged.Template.Cells[o].Key}: expected {(expected is { } x ? x : "blank")}, got {result.Report!.GetValue(o)} ({origin.Binding}, raw '{origin.Raw}' at {origin.Position})"));
            }
            else if (origin.State is CellState.Blank or CellState.EmptyMarker && !exact)
            {
                ValueReadAsBlank++;
            }
        }

        // Another version's cells cannot be compared: every value it read counts as wrong.
        if (!sameVersion && result.HasReport)
        {
            var values = result.Cells.Count(c => c.State == CellState.Value);
            Wrong += values;
            wrong.Add($"read as version {result.Template?.Version} with {values} values");
        }

        if (!allExact && result.Diagnostics.Count == 0)
        {
            Silent++;
            wrong.Add("cells not exact and no diagnostic");
        }

        if (wrong.Count > 0)
        {
            _failures.Add((damaged, wrong));
        }
    }

    public string Line(DamageClass damage) => string.Create(
        CultureInfo.InvariantCulture,
        $"| {damage} | {Reports} | {Wrong} | {Silent} | {ValueReadAsBlank} | {ExactSurviving}/{Surviving} | {Recall:P2} |");

    public const string Heading = "| class | reports | wrong cells | silent reports | value read as blank | exact/surviving | recall |\n|---|---|---|---|---|---|---|";
}

using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Reports;
using ReportSchemaKit.Validation;

namespace ReportSchemaKit.Rendering;

/// <summary>
/// The claim findings a rendering shows, and which cells each contradicted claim reads. Only a different
/// claim marks cells: an uncertain one is listed, but colouring its cells would accuse the tables of
/// something the prose may not have meant. Equal and not-stated claims need no reader's attention.
/// </summary>
internal sealed class ClaimMarks
{
    private readonly Dictionary<int, List<ClaimFinding>> _byOrdinal = [];

    public ClaimMarks(IReport report, IEnumerable<ClaimFinding> claims)
    {
        Shown = claims.Where(c => c.Outcome is ClaimOutcome.Different or ClaimOutcome.Uncertain).ToArray();
        foreach (var claim in Shown.Where(c => c.Outcome == ClaimOutcome.Different))
        {
            foreach (var cell in claim.Cells)
            {
                if (report.Template.TryGetCell(cell.Key, out var info))
                {
                    if (!_byOrdinal.TryGetValue(info.Ordinal, out var list))
                    {
                        _byOrdinal[info.Ordinal] = list = [];
                    }

                    if (!list.Contains(claim))
                    {
                        list.Add(claim);
                    }
                }
            }
        }
    }

    /// <summary>The different and uncertain claims, in the order given.</summary>
    public IReadOnlyList<ClaimFinding> Shown { get; }

    /// <summary>One line per different or uncertain mention of the shown claims, for a list after the tables.</summary>
    public IEnumerable<(ClaimOutcome Outcome, string Line)> Lines() =>
        Shown.SelectMany(claim => claim.Mentions
            .Where(m => m.Outcome is ClaimOutcome.Different or ClaimOutcome.Uncertain)
            .Select(m => (m.Outcome, FindingText.ClaimLine(claim, m))));

    /// <summary>The different claims that read the cell; empty where none does.</summary>
    public IReadOnlyList<ClaimFinding> At(int ordinal) => _byOrdinal.TryGetValue(ordinal, out var list) ? list : [];
}

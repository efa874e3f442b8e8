using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Reports;
using ReportSchemaKit.Templates;
using ReportSchemaKit.Validation;

namespace ReportSchemaKit.Rendering;

/// <summary>
/// The failed findings of a rendering, and which of this report's cells each one involves (a cross-year
/// rule's cells of last year's report are not this report's, so they mark nothing here).
/// </summary>
internal sealed class FindingMarks
{
    private readonly Dictionary<int, List<Finding>> _byOrdinal = [];

    public FindingMarks(IReport report, IEnumerable<Finding> findings)
    {
        Failures = findings.Where(f => f.Outcome == FindingOutcome.Failed).ToArray();
        foreach (var finding in Failures)
        {
            foreach (var cell in finding.Cells)
            {
                if (!cell.InPreviousReport && report.Template.TryGetCell(cell.Key, out var info))
                {
                    if (!_byOrdinal.TryGetValue(info.Ordinal, out var list))
                    {
                        _byOrdinal[info.Ordinal] = list = [];
                    }

                    if (!list.Contains(finding))
                    {
                        list.Add(finding);
                    }
                }
            }
        }
    }

    /// <summary>The failed findings, in the order given.</summary>
    public IReadOnlyList<Finding> Failures { get; }

    /// <summary>The failed findings that involve the cell; empty where none does.</summary>
    public IReadOnlyList<Finding> At(int ordinal) => _byOrdinal.TryGetValue(ordinal, out var list) ? list : [];

    /// <summary>The most severe of the findings' severities.</summary>
    public static RuleSeverity MostSevere(IReadOnlyList<Finding> findings) => findings.Max(f => f.Severity);
}

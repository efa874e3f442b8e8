using System;
using System.Collections.Generic;
using System.Globalization;
using ReportSchemaKit.Parsing;
using ReportSchemaKit.Reports;

namespace ReportSchemaKit.Validation;

/// <summary>
/// What generated claim evaluators report to: the value of each claim of the template, its cells with
/// values and source positions, and its alternative readings. The narrative matching that uses them is
/// ordinary runtime code (<see cref="ClaimChecker"/>).
/// </summary>
public sealed class ClaimCollector
{
    private readonly IReport _report;
    private readonly IReadOnlyList<CellOrigin>? _origins;
    private readonly ClaimValue?[] _values;

    /// <summary>Collects the claim values of one report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="origins">Where each cell came from, by ordinal (<see cref="ReportParseResult.Cells"/>), or <c>null</c>.</param>
    /// <exception cref="ArgumentException">The origins are not one per cell of the report's template.</exception>
    public ClaimCollector(IReport report, IReadOnlyList<CellOrigin>? origins)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (origins is not null && origins.Count != report.Template.Cells.Count)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Expected one origin per cell of the {report.Template} template ({report.Template.Cells.Count}); got {origins.Count}."),
                nameof(origins));
        }

        _report = report;
        _origins = origins;
        _values = new ClaimValue?[report.Template.Claims.Count];
    }

    /// <summary>A cell of the report, with its value and source position.</summary>
    public FindingCell Cell(int ordinal) =>
        new(_report.Template.Cells[ordinal].Key, _report.GetValue(ordinal), _origins?[ordinal].Position);

    /// <summary>Records the value of claim number <paramref name="claim"/>.</summary>
    /// <param name="claim">The claim's index in the template's <see cref="Templates.ReportTemplate.Claims"/>.</param>
    /// <param name="value">The cells' value, or <c>null</c> where one is blank.</param>
    /// <param name="cells">The cells the value reads.</param>
    /// <param name="alternatives">Other readings of the same cells.</param>
    public void Add(int claim, decimal? value, IReadOnlyList<FindingCell> cells, IReadOnlyList<ClaimAlternative> alternatives) =>
        _values[claim] = new ClaimValue(value, cells, alternatives);

    /// <summary>Every claim's value, by index.</summary>
    /// <exception cref="InvalidOperationException">The generated evaluator left a claim out (a generator bug).</exception>
    internal IReadOnlyList<ClaimValue> Values()
    {
        var values = new ClaimValue[_values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = _values[i] ?? throw new InvalidOperationException(
                $"The generated evaluator of {_report.Template} gave no value for claim '{_report.Template.Claims[i].Id}'; regenerate the report type.");
        }

        return values;
    }
}

/// <summary>A claim's value from the tables, its cells and its alternative readings.</summary>
internal sealed record ClaimValue(decimal? Value, IReadOnlyList<FindingCell> Cells, IReadOnlyList<ClaimAlternative> Alternatives);

using System;
using System.Collections.Generic;
using System.Globalization;
using ReportSchemaKit.Parsing;
using ReportSchemaKit.Reports;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.Validation;

/// <summary>
/// What generated validators report to: they evaluate each rule as straight-line code over the typed
/// report and call <see cref="Add"/> only where an assertion did not hold or could not be evaluated.
/// This class turns that into findings — severity, outcome, cells with values and source positions —
/// so the generated code stays small.
/// </summary>
public sealed class FindingCollector
{
    private readonly IReport _report;
    private readonly IReadOnlyList<CellOrigin>? _origins;
    private readonly IReport? _previous;
    private readonly IReadOnlyList<CellOrigin>? _previousOrigins;
    private readonly ValidationOptions _options;
    private readonly List<Finding> _findings = [];

    /// <summary>Collects the findings of one report's own rules.</summary>
    /// <param name="report">The report being validated.</param>
    /// <param name="origins">Where each cell came from, by ordinal (<see cref="ReportParseResult.Cells"/>), or <c>null</c>.</param>
    /// <param name="options">Severity overrides and output choices, or <c>null</c> for the defaults.</param>
    /// <exception cref="ArgumentException">The origins are not one per cell of the report's template.</exception>
    public FindingCollector(IReport report, IReadOnlyList<CellOrigin>? origins, ValidationOptions? options)
    {
        ArgumentNullException.ThrowIfNull(report);
        _report = report;
        _origins = CheckOrigins(report, origins, nameof(origins));
        _options = options ?? ValidationOptions.Default;
    }

    /// <summary>Collects the findings of cross-year rules between last year's report and this one.</summary>
    /// <param name="report">This year's report.</param>
    /// <param name="origins">Where each of this year's cells came from, or <c>null</c>.</param>
    /// <param name="previous">Last year's report of the same agency, on any version of the family.</param>
    /// <param name="previousOrigins">Where each of last year's cells came from, or <c>null</c>.</param>
    /// <param name="options">Severity overrides and output choices, or <c>null</c> for the defaults.</param>
    /// <exception cref="ArgumentException">Origins are not one per cell of their report's template.</exception>
    public FindingCollector(IReport report, IReadOnlyList<CellOrigin>? origins, IReport previous, IReadOnlyList<CellOrigin>? previousOrigins, ValidationOptions? options)
        : this(report, origins, options)
    {
        ArgumentNullException.ThrowIfNull(previous);
        _previous = previous;
        _previousOrigins = CheckOrigins(previous, previousOrigins, nameof(previousOrigins));
    }

    /// <summary>
    /// The value of a cell of last year's report by key; <c>null</c> where it is blank or that report's
    /// version has no such cell (a 2019 report has no InForce), which makes the rule not assessable.
    /// </summary>
    public decimal? Previous(string key) =>
        _previous is not null && _previous.TryGetValue(key, out var value) ? value : null;

    /// <summary>A cell of this year's report, with its value and source position.</summary>
    public FindingCell Cell(int ordinal) =>
        new(_report.Template.Cells[ordinal].Key, _report.GetValue(ordinal), _origins?[ordinal].Position);

    /// <summary>A cell of last year's report by key, with its value and source position.</summary>
    public FindingCell PreviousCell(string key)
    {
        if (_previous is not null && _previous.Template.TryGetCell(key, out var cell))
        {
            return new FindingCell(key, _previous.GetValue(cell.Ordinal), _previousOrigins?[cell.Ordinal].Position, InPreviousReport: true);
        }

        return new FindingCell(key, null, null, InPreviousReport: true);
    }

    /// <summary>Records that rule number <paramref name="rule"/> did not hold, or could not be evaluated, for one scope.</summary>
    /// <param name="rule">The rule's index in the template's <see cref="ReportTemplate.Rules"/>.</param>
    /// <param name="table">The table evaluated, or <c>null</c> for a report-wide rule.</param>
    /// <param name="scope">The column id, row id or cell key evaluated; empty for a report-wide rule.</param>
    /// <param name="left">The left side, <c>null</c> where a cell it needs is blank.</param>
    /// <param name="right">The right side, <c>null</c> where a cell it needs is blank.</param>
    /// <param name="cells">Every cell the assertion read.</param>
    public void Add(int rule, string? table, string scope, decimal? left, decimal? right, IReadOnlyList<FindingCell> cells)
    {
        var info = _report.Template.Rules[rule];
        var outcome = left is null || right is null ? FindingOutcome.NotAssessable : FindingOutcome.Failed;
        if (outcome == FindingOutcome.NotAssessable && !_options.IncludeNotAssessable)
        {
            return;
        }

        _findings.Add(new Finding
        {
            RuleId = info.Id,
            Severity = _options.SeverityOf(info),
            Outcome = outcome,
            ScopeKind = info.Scope,
            Table = table,
            Scope = scope,
            Assertion = info.Assertion,
            Cells = cells,
            Left = left,
            Right = right,
            MessageZh = info.MessageZh,
            MessageEn = info.MessageEn,
        });
    }

    /// <summary>Records that a cell rule did not hold, or could not be evaluated, for the cell with the given ordinal.</summary>
    public void AddForCell(int rule, int ordinal, decimal? left, decimal? right)
    {
        var cell = _report.Template.Cells[ordinal];
        Add(rule, cell.Table.Id, cell.Key, left, right, [Cell(ordinal)]);
    }

    /// <summary>Everything recorded, in the order it was recorded.</summary>
    public ValidationResult ToResult() => new(_findings.ToArray());

    private static IReadOnlyList<CellOrigin>? CheckOrigins(IReport report, IReadOnlyList<CellOrigin>? origins, string parameter)
    {
        var expected = report.Template.Cells.Count;
        if (origins is not null && origins.Count != expected)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Expected one origin per cell of the {report.Template} template ({expected}); got {origins.Count}."),
                parameter);
        }

        return origins;
    }
}

using System;
using System.Collections.Generic;
using ReportSchemaKit.Layout;
using ReportSchemaKit.Reports;
using ReportSchemaKit.Templates;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Parsing;

/// <summary>
/// What parsing one input gave: the typed report where tables were found, the version and how it was
/// decided, where every cell came from, the narrative around the tables, and every diagnostic.
/// </summary>
public class ReportParseResult
{
    /// <summary>Creates a result; used by the parser.</summary>
    public ReportParseResult(
        IReport? report,
        VersionSource versionSource,
        int? titleYear,
        string? title,
        LayoutKind layout,
        string encodingName,
        IReadOnlyList<CellOrigin> cells,
        IReadOnlyList<SourceCell> narrative,
        IReadOnlyList<ParseDiagnostic> diagnostics)
    {
        Report = report;
        VersionSource = versionSource;
        TitleYear = titleYear;
        Title = title;
        Layout = layout;
        EncodingName = encodingName;
        Cells = cells;
        Narrative = narrative;
        Diagnostics = diagnostics;
    }

    /// <summary>The report, or <c>null</c> where the input holds no report tables (see <see cref="Diagnostics"/>).</summary>
    public IReport? Report { get; }

    /// <summary>The template version the report was read with, or <c>null</c> with no report.</summary>
    public ReportTemplate? Template => Report?.Template;

    /// <summary>How the version was decided.</summary>
    public VersionSource VersionSource { get; }

    /// <summary>The report year named in the title, or <c>null</c>.</summary>
    public int? TitleYear { get; }

    /// <summary>The report's title as written, or <c>null</c> where none was found.</summary>
    public string? Title { get; }

    /// <summary>The layout the input was read as.</summary>
    public LayoutKind Layout { get; }

    /// <summary>The text encoding detected (for example utf-8 or gb18030).</summary>
    public string EncodingName { get; }

    /// <summary>Where each cell's value came from, indexed by cell ordinal; empty with no report.</summary>
    public IReadOnlyList<CellOrigin> Cells { get; }

    /// <summary>The text outside the tables (title, prose, page chrome), with positions.</summary>
    public IReadOnlyList<SourceCell> Narrative { get; }

    /// <summary>Everything the parser noticed, in source order where it has a position.</summary>
    public IReadOnlyList<ParseDiagnostic> Diagnostics { get; }

    /// <summary>True where report tables were found.</summary>
    public bool HasReport => Report is not null;

    /// <summary>Where the cell with the given key came from.</summary>
    /// <exception cref="ArgumentException">The template has no such cell, or there is no report.</exception>
    public CellOrigin OriginOf(string key)
    {
        if (Template is { } template && template.TryGetCell(key, out var cell))
        {
            return Cells[cell.Ordinal];
        }

        throw new ArgumentException($"No cell '{key}' in this result.", nameof(key));
    }
}

/// <summary>A parse result whose report has a known generated type.</summary>
/// <typeparam name="TReport">The generated report type.</typeparam>
public sealed class ReportParseResult<TReport> : ReportParseResult
    where TReport : class, IReport
{
    /// <summary>Wraps an untyped result whose report (if any) is a <typeparamref name="TReport"/>.</summary>
    public ReportParseResult(ReportParseResult result)
        : base(
            (result ?? throw new ArgumentNullException(nameof(result))).Report, result.VersionSource, result.TitleYear, result.Title,
            result.Layout, result.EncodingName, result.Cells, result.Narrative, result.Diagnostics)
    {
        if (result.Report is not null and not TReport)
        {
            throw new ArgumentException($"The report is a {result.Report.GetType().Name}, not a {typeof(TReport).Name}.", nameof(result));
        }
    }

    /// <summary>The typed report, or <c>null</c> where the input holds no report tables.</summary>
    public new TReport? Report => (TReport?)base.Report;
}

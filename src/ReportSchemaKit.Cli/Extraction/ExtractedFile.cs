using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportSchemaKit.Cli.Input;
using ReportSchemaKit.Parsing;
using ReportSchemaKit.Text;
using ReportSchemaKit.Validation;

namespace ReportSchemaKit.Cli.Extraction;

/// <summary>
/// What a parse worker hands the database writer for one file: already reduced to the rows to store, so the
/// writer only appends and the parse result (with its narrative and positions) is garbage at once.
/// </summary>
internal sealed record ExtractedFile
{
    public required string Path { get; init; }

    /// <summary>The content's SHA-256, or <c>null</c> where the bytes could not be read.</summary>
    public ContentHash? Hash { get; init; }

    public long Bytes { get; init; }

    /// <summary>Why no report was stored, or <c>null</c> for a report.</summary>
    public string? Error { get; init; }

    public string? Family { get; init; }

    public string? Version { get; init; }

    public string? VersionSource { get; init; }

    public string? Title { get; init; }

    public int? TitleYear { get; init; }

    public string? Layout { get; init; }

    public string? Encoding { get; init; }

    public IReadOnlyList<StoredCell> Cells { get; init; } = [];

    /// <summary>Cells with a value, blank (or an empty marker), missing and invalid.</summary>
    public (int Values, int Blank, int Missing, int Invalid) CellCounts { get; init; }

    /// <summary>The diagnostics worth a row: not the blank and empty-marker ones, which the cells' state already says.</summary>
    public IReadOnlyList<ParseDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>The rules that failed; the rules that could not be checked are counted, not stored.</summary>
    public IReadOnlyList<StoredFinding> Findings { get; init; } = [];

    /// <summary>How many rules could not be checked because a cell is blank or missing.</summary>
    public int NotAssessable { get; init; }

    /// <summary>
    /// Read and hashed but not parsed, as its content is likely stored already (or taken by this run): the writer
    /// confirms it, and parses it after all where it is not.
    /// </summary>
    public bool LikelyStored { get; init; }

    public bool IsReport => Error is null;

    public int FailedRules => Findings.Count;

    /// <summary>A file whose bytes could not be read.</summary>
    public static ExtractedFile Unreadable(string path, string error) => new() { Path = path, Error = error };

    /// <summary>Reads and hashes the file and, unless its content is <paramref name="likelyStored"/>, parses and validates it.</summary>
    public static ExtractedFile Read(string path, Func<ContentHash, bool> likelyStored)
    {
        if (!ReportFile.TryReadBytes(path, out var bytes, out var error))
        {
            return Unreadable(path, error!);
        }

        var hash = ContentHash.Of(bytes);
        if (likelyStored(hash))
        {
            return new ExtractedFile { Path = path, Hash = hash, Bytes = bytes.Length, LikelyStored = true };
        }

        try
        {
            return FromContent(path, bytes, hash);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The parser is built never to throw on bad input; should it still, that file is stored as unreadable
            // with the reason and the run goes on.
            return Unreadable(path, $"reportkit failed on this file: {exception.GetType().Name}: {exception.Message}") with { Hash = hash, Bytes = bytes.Length };
        }
    }

    /// <summary>Parses and validates the bytes and keeps what is stored.</summary>
    public static ExtractedFile FromContent(string path, byte[] content, ContentHash hash)
    {
        var result = ReportSchemaKit.GovInfo.ReportTemplates.Parse(content);
        if (result.Report is not { } report)
        {
            return new ExtractedFile
            {
                Path = path, Hash = hash, Bytes = content.Length, Error = ReportFile.NoReportMessage(result),
                Layout = result.Layout.ToString(), Encoding = result.EncodingName, Diagnostics = StoredDiagnostics(result),
            };
        }

        var template = report.Template;
        var cells = new StoredCell[template.Cells.Count];
        int values = 0, blank = 0, missing = 0, invalid = 0;
        foreach (var cell in template.Cells)
        {
            var origin = result.Cells[cell.Ordinal];
            var value = report.GetValue(cell.Ordinal);
            cells[cell.Ordinal] = new StoredCell(cell.Key, value, CellStateNames.Of(origin.State), RawUnlessPlain(origin.Raw, value), origin.Position?.Line, origin.Position?.Column, StoredCell.PageOf(origin.Position), CellStateNames.Of(origin.Binding));
            switch (origin.State)
            {
                case CellState.Value: values++; break;
                case CellState.Blank or CellState.EmptyMarker: blank++; break;
                case CellState.Missing: missing++; break;
                default: invalid++; break;
            }
        }

        var findings = result.Validate().Findings;
        var failed = findings.Where(f => f.Outcome == FindingOutcome.Failed).Select(StoredFinding.From).ToArray();

        return new ExtractedFile
        {
            Path = path,
            Hash = hash,
            Bytes = content.Length,
            Family = template.Family,
            Version = template.Version,
            VersionSource = result.VersionSource.ToString(),
            Title = result.Title,
            TitleYear = result.TitleYear,
            Layout = result.Layout.ToString(),
            Encoding = result.EncodingName,
            Cells = cells,
            CellCounts = (values, blank, missing, invalid),
            Diagnostics = StoredDiagnostics(result),
            Findings = failed,
            NotAssessable = findings.Count - failed.Length,
        };
    }

    private static ParseDiagnostic[] StoredDiagnostics(ReportParseResult result) =>
        result.Diagnostics.Where(d => d.Code is not (ParseCodes.BlankCell or ParseCodes.EmptyMarker)).ToArray();

    /// <summary>The text as written only where it says more than the number: a marker, a unit, separators, an invalid value.</summary>
    private static string? RawUnlessPlain(string? raw, decimal? value)
    {
        if (raw is null)
        {
            return null;
        }

        Span<char> formatted = stackalloc char[64];
        return value is { } number
               && number.TryFormat(formatted, out var length, default, CultureInfo.InvariantCulture)
               && raw.AsSpan().Trim().SequenceEqual(formatted[..length])
            ? null
            : raw;
    }
}

/// <summary>One cell as the <c>cells</c> table holds it.</summary>
internal readonly record struct StoredCell(string Key, decimal? Value, string State, string? Raw, int? Line, int? Column, int? Page, string? Binding)
{
    /// <summary>The page of a position in a PDF; null where the input has no pages (SourcePosition says 0).</summary>
    public static int? PageOf(SourcePosition? position) => position is { Page: > 0 } at ? at.Page : null;
}

/// <summary>
/// One failed rule as the <c>findings</c> table holds it, formatted by the parse worker so the writer only appends.
/// The rule's assertion and messages are in the <c>rules</c> table, once per version rather than on every finding;
/// the cells it read are named by key only, as their values and positions are the report's rows in <c>cells</c>
/// (text such as <c>key=value @line:column</c>, as an earlier reportkit wrote, made 300,000 random reports a
/// 1,368 MB database with a 293–314 MB peak, against 950 MB and 238 MB). <c>extract</c> validates each report
/// alone, so no key names a cell of a previous year's report.
/// </summary>
internal sealed record StoredFinding(string RuleId, string Severity, string Location, decimal? Left, decimal? Right, decimal? Difference, IReadOnlyList<string> Cells)
{
    public static StoredFinding From(Finding finding) => new(
        finding.RuleId,
        finding.Severity.ToString().ToLowerInvariant(),
        finding.Location,
        finding.Left,
        finding.Right,
        finding.Difference,
        finding.Cells.Select(cell => cell.Key).ToArray());
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportSchemaKit.Cli.Input;
using ReportSchemaKit.Parsing;
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

    public IReadOnlyList<ParseDiagnostic> Diagnostics { get; init; } = [];

    public IReadOnlyList<Finding> Findings { get; init; } = [];

    public bool IsReport => Error is null;

    public int FailedRules => Findings.Count(f => f.Outcome == FindingOutcome.Failed);

    /// <summary>A file whose bytes could not be read.</summary>
    public static ExtractedFile Unreadable(string path, string error) => new() { Path = path, Error = error };

    /// <summary>Parses and validates the bytes and keeps what is stored.</summary>
    public static ExtractedFile FromContent(string path, byte[] content, ContentHash hash)
    {
        var result = ReportSchemaKit.GovInfo.ReportTemplates.Parse(content);
        if (result.Report is not { } report)
        {
            return new ExtractedFile
            {
                Path = path, Hash = hash, Bytes = content.Length, Error = ReportFile.NoReportMessage(result),
                Layout = result.Layout.ToString(), Encoding = result.EncodingName, Diagnostics = result.Diagnostics,
            };
        }

        var template = report.Template;
        var cells = new StoredCell[template.Cells.Count];
        foreach (var cell in template.Cells)
        {
            var origin = result.Cells[cell.Ordinal];
            var value = report.GetValue(cell.Ordinal);
            cells[cell.Ordinal] = new StoredCell(cell.Key, value, origin.State, RawUnlessPlain(origin.Raw, value), origin.Position?.Line, origin.Position?.Column);
        }

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
            Diagnostics = result.Diagnostics,
            Findings = result.Validate().Findings,
        };
    }

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
internal readonly record struct StoredCell(string Key, decimal? Value, CellState State, string? Raw, int? Line, int? Column);

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportSchemaKit.Layout;
using ReportSchemaKit.Parsing.Matching;
using ReportSchemaKit.Parsing.Matching.Alignment;
using ReportSchemaKit.Reports;
using ReportSchemaKit.Templates;
using ReportSchemaKit.Text;
using ReportSchemaKit.Validation;

namespace ReportSchemaKit.Parsing;

/// <summary>
/// Reads a published report — bytes in any supported encoding and text layout — into the typed
/// report of its template version. Never throws on bad input: an input that holds no report
/// tables gives a result without a report and a diagnostic that says why.
/// </summary>
public static class ReportParser
{
    /// <summary>
    /// Parses report bytes, detecting the format, encoding, layout and version among the catalog's templates. A PDF
    /// (<c>%PDF-</c>) or a Word document (a ZIP holding <c>word/document.xml</c>) is recognised by its first bytes,
    /// before any text decoding, and read by its document reader; anything else is decoded as text.
    /// </summary>
    public static ReportParseResult Parse(ReadOnlySpan<byte> bytes, TemplateCatalog catalog, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (bytes.IsEmpty)
        {
            return NoReport("utf-8", LayoutKind.Lines, "The input is empty; a report's text was expected");
        }

        switch (DocumentFormatSniffer.Sniff(bytes))
        {
            case SniffedFormat.Pdf:
                return ParseDocument(bytes, LayoutKind.Pdf, catalog, options ?? ParseOptions.Default);
            case SniffedFormat.Docx:
                return ParseDocument(bytes, LayoutKind.Docx, catalog, options ?? ParseOptions.Default);
            case SniffedFormat.CompoundFile:
                return Unreadable(LayoutKind.Docx, "The input is an OLE compound file (a Word 97–2003 .doc, an Excel .xls or similar), which is not read; save a Word file as .docx");
            case SniffedFormat.OtherZip:
                return Unreadable(LayoutKind.Docx, "The input is a ZIP archive without word/document.xml (a spreadsheet, a presentation or another archive), not a Word .docx document");
        }

        if (ReportTextDecoder.LooksBinary(bytes))
        {
            return NoReport("binary", LayoutKind.Lines, "The input is binary data, not the text of a report (a text, HTML, Markdown, PDF or .docx file was expected)");
        }

        var decoded = ReportTextDecoder.Decode(bytes);
        return ParseText(decoded.Text, decoded.EncodingName, catalog, options ?? ParseOptions.Default, DecodingDiagnostic.For(decoded));
    }

    /// <summary>Parses report text, detecting layout and version among the catalog's templates.</summary>
    public static ReportParseResult Parse(string text, TemplateCatalog catalog, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(catalog);
        return ParseText(text, "utf-16", catalog, options ?? ParseOptions.Default, decodingIssue: null);
    }

    /// <summary>Parses report text on one known template version.</summary>
    public static ReportParseResult<TReport> Parse<TReport>(string text, ParseOptions? options = null)
        where TReport : class, IReport<TReport> =>
        new(Parse(text, CatalogOf<TReport>(), (options ?? ParseOptions.Default) with { Version = TReport.TemplateInfo.Version }));

    /// <summary>Parses report bytes on one known template version.</summary>
    public static ReportParseResult<TReport> Parse<TReport>(ReadOnlySpan<byte> bytes, ParseOptions? options = null)
        where TReport : class, IReport<TReport> =>
        new(Parse(bytes, CatalogOf<TReport>(), (options ?? ParseOptions.Default) with { Version = TReport.TemplateInfo.Version }));

    private static TemplateCatalog CatalogOf<TReport>()
        where TReport : class, IReport<TReport> =>
        new([new TemplateRegistration(TReport.TemplateInfo, typeof(TReport), static values => TReport.FromValues(values))]);

    private static ReportParseResult ParseText(string text, string encoding, TemplateCatalog catalog, ParseOptions options, ParseDiagnostic? decodingIssue)
    {
        var scratch = ParseScratch.Rent();
        try
        {
            return ParseText(text, encoding, catalog, options, decodingIssue, scratch);
        }
        finally
        {
            scratch.Return();
        }
    }

    private static ReportParseResult ParseText(string text, string encoding, TemplateCatalog catalog, ParseOptions options, ParseDiagnostic? decodingIssue, ParseScratch scratch)
    {
        var layout = options.Layout ?? LayoutDetector.Detect(text);
        if (layout.IsDocument())
        {
            return NoReport(encoding, layout, $"The {layout} layout is read from a file's bytes, and this input is text; parse the file's bytes, or name a text layout");
        }

        LayoutReaders.For(layout).ReadInto(text, scratch.Cells);
        return ParseCells(layout, encoding, catalog, options, scratch, decodingIssue is null ? [] : [decodingIssue]);
    }

    /// <summary>Reads a PDF or Word file through its document reader, then matches its cells like any other layout's.</summary>
    private static ReportParseResult ParseDocument(ReadOnlySpan<byte> bytes, LayoutKind layout, TemplateCatalog catalog, ParseOptions options)
    {
        var scratch = ParseScratch.Rent();
        try
        {
            var outcome = DocumentReaders.For(layout).ReadInto(bytes, scratch.Cells);
            var diagnostics = DocumentDiagnostics.Of(layout, outcome, scratch.Cells.Count);
            var encoding = EncodingOf(layout);
            if (scratch.Cells.Count == 0)
            {
                if (diagnostics.Count == 0)
                {
                    diagnostics.Add(new ParseDiagnostic(ParseCodes.NoReportTables, ParseSeverity.Error, $"The {DocumentDiagnostics.Name(layout)} holds no text"));
                }

                return NoReport(encoding, layout, diagnostics, null, null);
            }

            return ParseCells(layout, encoding, catalog, options, scratch, diagnostics);
        }
        finally
        {
            scratch.Return();
        }
    }

    /// <summary>A document's text is Unicode inside the file; its "encoding" names the container it came from.</summary>
    private static string EncodingOf(LayoutKind layout) => layout == LayoutKind.Pdf ? "pdf" : "docx";

    private static ReportParseResult Unreadable(LayoutKind layout, string message) =>
        NoReport(EncodingOf(layout), layout, [new ParseDiagnostic(ParseCodes.DocumentUnreadable, ParseSeverity.Error, message)], null, null);

    /// <summary>Matches the cell stream a reader left in <paramref name="scratch"/> against the catalog's templates.</summary>
    private static ReportParseResult ParseCells(LayoutKind layout, string encoding, TemplateCatalog catalog, ParseOptions options, ParseScratch scratch, List<ParseDiagnostic> diagnostics)
    {
        var cells = scratch.Cells;
        var tokens = Tokenizer.Tokenize(cells, scratch);
        var (title, year, titlePosition) = TitleFinder.Find(tokens, cells);

        var (candidates, source) = ChooseVersions(tokens, catalog, options, year, titlePosition, diagnostics);
        if (candidates.Count == 0)
        {
            return NoReport(encoding, layout, diagnostics, title, year);
        }

        var (registration, outcome) = candidates
            .Select(c => (Registration: c, Outcome: ReportMatcher.Match(tokens, cells, c.Template, scratch, RuleFailures(c))))
            .OrderByDescending(c => c.Outcome.CellsBound)
            .First();
        if (outcome.TablesFound == 0)
        {
            diagnostics.Add(new ParseDiagnostic(ParseCodes.NoReportTables, ParseSeverity.Error,
                $"No report tables were found: none of the tables of the {registration.Template.Version} format ({string.Join(", ", registration.Template.Tables.Take(3).Select(t => t.Label))}, …) is in the input"));
            return NoReport(encoding, layout, diagnostics, title, year);
        }

        if (source == VersionSource.BestFit)
        {
            diagnostics.Add(new ParseDiagnostic(ParseCodes.VersionInferred, ParseSeverity.Warning,
                $"Neither a title year nor the table headers named the format; the {registration.Template.Version} format fits the tables best"));
        }

        diagnostics.AddRange(outcome.Diagnostics);
        var narrative = new List<SourceCell>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!outcome.TableTokens[i] && tokens[i].Kind == TokenKind.Text)
            {
                narrative.Add(cells[i]);
            }
        }

        return new ReportParseResult(
            registration.Create(outcome.Values), source, year, title, layout, encoding, outcome.Origins, narrative,
            diagnostics.OrderBy(d => d.Position is null).ThenBy(d => d.Position?.Page ?? 0).ThenBy(d => d.Position?.Line ?? int.MaxValue).ThenBy(d => d.Position?.Column ?? 0).ToList());
    }

    /// <summary>What the version's generated validator says of a set of values: what breaks a tie between alignments.</summary>
    private static Func<decimal?[], RuleTally>? RuleFailures(TemplateRegistration registration) =>
        values => registration.Create(values) is IValidatableReport report ? RuleTally.Of(report.Validate()) : default;

    /// <summary>The version(s) to try, and how they were chosen.</summary>
    private static (List<TemplateRegistration> Candidates, VersionSource Source) ChooseVersions(
        ArraySegment<Token> tokens, TemplateCatalog catalog, ParseOptions options, int? year, SourcePosition? titlePosition, List<ParseDiagnostic> diagnostics)
    {
        if (options.Version is { } forced)
        {
            var named = catalog.Registrations.Where(r => r.Template.Version == forced).ToList();
            if (named.Count == 0)
            {
                diagnostics.Add(new ParseDiagnostic(ParseCodes.NoReportTables, ParseSeverity.Error,
                    $"There is no template version '{forced}'; the versions are {string.Join(", ", catalog.Templates.Select(t => t.Version))}"));
            }

            return (named, VersionSource.Forced);
        }

        var hits = catalog.Registrations.Select(r => (Registration: r, Hits: SignatureCounter.Count(tokens, TemplateLabels.For(r.Template)))).ToList();
        var best = hits.Max(h => h.Hits);
        var byHeaders = best > 0 && hits.Count(h => h.Hits == best) == 1 ? hits.Single(h => h.Hits == best).Registration : null;
        var byYear = year is { } y ? catalog.Registrations.Where(r => r.Template.Identity.AppliesToYear(y)).ToList() : [];

        if (byHeaders is not null)
        {
            if (byYear.Count > 0 && !byYear.Contains(byHeaders))
            {
                diagnostics.Add(new ParseDiagnostic(ParseCodes.VersionDisagreement, ParseSeverity.Warning,
                    string.Create(CultureInfo.InvariantCulture, $"The title names {year}, which the {string.Join("/", byYear.Select(r => r.Template.Version))} format serves, but the table headers are those of the {byHeaders.Template.Version} format; the tables are read on the {byHeaders.Template.Version} format"),
                    titlePosition));
                return ([byHeaders], VersionSource.Headers);
            }

            return ([byHeaders], byYear.Count > 0 ? VersionSource.TitleAndHeaders : VersionSource.Headers);
        }

        if (byYear.Count == 1)
        {
            return (byYear, VersionSource.TitleYear);
        }

        return (catalog.Registrations.ToList(), VersionSource.BestFit);
    }

    private static ReportParseResult NoReport(string encoding, LayoutKind layout, string message) =>
        NoReport(encoding, layout, [new ParseDiagnostic(ParseCodes.NoReportTables, ParseSeverity.Error, message)], null, null);

    private static ReportParseResult NoReport(string encoding, LayoutKind layout, List<ParseDiagnostic> diagnostics, string? title, int? year) =>
        new(null, VersionSource.BestFit, year, title, layout, encoding, [], [], diagnostics);
}

using System;
using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Layout;
using ReportSchemaKit.Parsing;
using ReportSchemaKit.Reports;
using ReportSchemaKit.Text;
using ReportSchemaKit.Validation.Narrative;

namespace ReportSchemaKit.Validation;

/// <summary>
/// Checks the figures a report's prose states against its tables: the template's claims (compiled
/// values, declared wordings) found in the narrative, each stated figure compared with its cells.
/// </summary>
public static class ClaimChecker
{
    /// <summary>Checks the claims of a parsed report against its narrative; findings carry positions in the source.</summary>
    /// <exception cref="ArgumentException">The report's type has no generated claim evaluator.</exception>
    public static ClaimCheckResult CheckClaims(this ReportParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Report is null ? ClaimCheckResult.Empty : Check(result.Report, result.Narrative, result.Cells, result.TitleYear);
    }

    /// <summary>Checks the claims of a report against paragraphs of prose.</summary>
    /// <param name="report">The report whose tables the figures must equal.</param>
    /// <param name="narrative">The paragraphs, each with its position (<see cref="ReportParseResult.Narrative"/>).</param>
    /// <param name="origins">Where each cell came from, or <c>null</c>.</param>
    /// <param name="reportYear">The report's year; a phrase after another year (2022年新收…) is then passed over. <c>null</c>: not checked.</param>
    /// <exception cref="ArgumentException">The report's type has no generated claim evaluator, or the origins do not fit it.</exception>
    public static ClaimCheckResult Check(IReport report, IReadOnlyList<SourceCell> narrative, IReadOnlyList<CellOrigin>? origins = null, int? reportYear = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(narrative);
        var claimReport = report as IClaimReport
            ?? throw new ArgumentException($"{report.GetType().Name} has no generated claim evaluator; regenerate it with a generator that emits claims.", nameof(report));
        var claims = report.Template.Claims;
        var collector = new ClaimCollector(report, origins);
        claimReport.EvaluateClaims(collector);
        var values = collector.Values();

        var mentions = claims.Select(_ => new List<ClaimMention>()).ToArray();
        var finder = new MentionFinder(claims, reportYear);
        foreach (var paragraph in narrative)
        {
            foreach (var found in finder.Find(paragraph.Text))
            {
                if (!ClaimScope.Fits(found, values))
                {
                    continue;
                }

                var (outcome, explanation) = ClaimJudge.Judge(found, found.Claim, claims, values);
                mentions[found.Claim].Add(new ClaimMention
                {
                    Outcome = outcome,
                    Sentence = paragraph.Text[found.Clause.SentenceStart..found.Clause.SentenceEnd].Trim(),
                    Statement = paragraph.Text[found.PhraseStart..found.End],
                    Position = Offset(paragraph, found.PhraseStart),
                    Number = found.Number,
                    Approximate = found.Approximate,
                    IsZeroStatement = found.IsZeroStatement,
                    Explanation = explanation,
                });
            }
        }

        return new ClaimCheckResult(claims.Select((claim, i) => new ClaimFinding
        {
            ClaimId = claim.Id,
            LabelZh = claim.LabelZh,
            LabelEn = claim.LabelEn,
            Value = claim.Value,
            TableValue = values[i].Value,
            Cells = values[i].Cells,
            Mentions = mentions[i],
        }).ToArray());
    }

    /// <summary>Checks the claims of a report against plain prose, one paragraph per line, positions counted from 1:1.</summary>
    /// <exception cref="ArgumentException">The report's type has no generated claim evaluator.</exception>
    public static ClaimCheckResult Check(IReport report, string prose, int? reportYear = null)
    {
        ArgumentNullException.ThrowIfNull(prose);
        var lines = prose.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var paragraphs = lines.Select((line, i) => new SourceCell(line, new SourcePosition(i + 1, 1), -1, InTable: false)).ToArray();
        return Check(report, paragraphs, origins: null, reportYear);
    }

    /// <summary>The position of a character of a paragraph, counting the line breaks before it.</summary>
    private static SourcePosition Offset(SourceCell paragraph, int offset)
    {
        var text = paragraph.Text;
        var lastBreak = text.LastIndexOf('\n', Math.Max(0, offset - 1));
        if (lastBreak < 0 || offset == 0)
        {
            return paragraph.Position with { Column = paragraph.Position.Column + offset };
        }

        var lines = text.AsSpan(0, offset).Count('\n');
        return new SourcePosition(paragraph.Position.Line + lines, offset - lastBreak);
    }
}

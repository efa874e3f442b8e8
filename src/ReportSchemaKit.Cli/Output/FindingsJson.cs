using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using ReportSchemaKit.Cli.Commands;
using ReportSchemaKit.Cli.Input;
using ReportSchemaKit.Parsing;
using ReportSchemaKit.Validation;
using CellStateNames = ReportSchemaKit.Cli.Extraction.CellStateNames;

namespace ReportSchemaKit.Cli.Output;

/// <summary><c>validate --format json</c>: one document, a file per entry with its findings, every cell with its value, source position and binding.</summary>
internal static class FindingsJson
{
    public static string Write(IReadOnlyList<CheckedReport> reports, ReportFile? previous)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, ParseJson.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("previous", previous?.Path);
            json.WriteStartArray("files");
            foreach (var report in reports)
            {
                json.WriteStartObject();
                json.WriteString("file", report.File.Path);
                json.WriteString("error", report.File.Error);
                json.WriteString("version", report.File.Result?.Template?.Version);
                json.WriteStartArray("findings");
                foreach (var finding in report.Findings)
                {
                    WriteFinding(json, finding, report.File.Result, previous?.Result);
                }

                json.WriteEndArray();
                json.WriteStartArray("claims");
                foreach (var claim in report.Claims.Claims)
                {
                    WriteClaim(json, claim);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteClaim(Utf8JsonWriter json, ClaimFinding claim)
    {
        json.WriteStartObject();
        json.WriteString("claim", claim.ClaimId);
        json.WriteString("outcome", claim.Outcome == ClaimOutcome.NotStated ? "not-stated" : claim.Outcome.ToString().ToLowerInvariant());
        json.WriteString("value", claim.Value);
        WriteNumber(json, "tableValue", claim.TableValue);
        json.WriteStartArray("mentions");
        foreach (var mention in claim.Mentions)
        {
            json.WriteStartObject();
            json.WriteString("outcome", mention.Outcome.ToString().ToLowerInvariant());
            json.WriteString("statement", mention.Statement);
            json.WriteString("sentence", mention.Sentence);
            json.WriteNumber("stated", mention.Number);
            json.WriteBoolean("approximate", mention.Approximate);
            if (mention.Position is { } position)
            {
                json.WriteNumber("line", position.Line);
                json.WriteNumber("column", position.Column);
            }

            json.WriteString("explanation", mention.Explanation);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding, ReportParseResult? current, ReportParseResult? previous)
    {
        json.WriteStartObject();
        json.WriteString("rule", finding.RuleId);
        json.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
        json.WriteString("outcome", finding.Outcome == FindingOutcome.Failed ? "failed" : "not-assessable");
        json.WriteString("where", finding.Location);
        json.WriteString("assertion", finding.Assertion);
        WriteNumber(json, "left", finding.Left);
        WriteNumber(json, "right", finding.Right);
        WriteNumber(json, "difference", finding.Difference);
        json.WriteStartArray("cells");
        foreach (var cell in finding.Cells)
        {
            json.WriteStartObject();
            json.WriteString("key", cell.Key);
            WriteNumber(json, "value", cell.Value);
            json.WriteBoolean("previousYear", cell.InPreviousReport);
            json.WriteString("binding", BindingOf(cell, cell.InPreviousReport ? previous : current));
            if (cell.Position is { } position)
            {
                json.WriteNumber("line", position.Line);
                json.WriteNumber("column", position.Column);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("messageZh", finding.MessageZh);
        json.WriteString("messageEn", finding.MessageEn);
        json.WriteEndObject();
    }

    /// <summary>
    /// The evidence that placed the cell a rule read, as <c>parse --format json</c> names it: a finding resting on values
    /// placed by the rows' order rather than their labels may be the parse's doing, not the report's. Null for a
    /// missing cell.
    /// </summary>
    private static string? BindingOf(FindingCell cell, ReportParseResult? source) =>
        source?.Template is { } template && template.TryGetCell(cell.Key, out var info) ? CellStateNames.Of(source.Cells[info.Ordinal].Binding) : null;

    private static void WriteNumber(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}

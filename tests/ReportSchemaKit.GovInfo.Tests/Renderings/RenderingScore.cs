using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportSchemaKit.Parsing;

namespace ReportSchemaKit.GovInfo.Tests.Renderings;

/// <summary>A cell the parse got wrong: its key, the source's value (empty for blank), what the parse gave, and whether that was a value (rather than an empty marker or invalid text).</summary>
internal sealed record WrongCell(string Key, string Expected, string Got, bool GotValue)
{
    public override string ToString() => $"{Key}: expected '{Expected}', got {Got}";
}

/// <summary>
/// How one rendering parses against its source's cells. Exact: the parse gives the source's value, or a blank where
/// the source is blank. Missing: the parse gives no reading (a missing cell, or a blank where the source has a
/// value) — information lost, not misreported. Wrong: the parse gives a different value, an empty marker or
/// invalid text, or a value where the source is blank — a reading that says something false.
/// </summary>
internal sealed record RenderingScore(int Exact, IReadOnlyList<string> MissingKeys, IReadOnlyList<WrongCell> WrongCells)
{
    public int Missing => MissingKeys.Count;

    public int Wrong => WrongCells.Count;

    public int Cells => Exact + Missing + Wrong;

    public static RenderingScore Of(ReportParseResult result, IReadOnlyList<(string Key, string Value)> expected)
    {
        ArgumentNullException.ThrowIfNull(result);
        var exact = 0;
        var missing = new List<string>();
        var wrong = new List<WrongCell>();
        foreach (var (key, value) in expected)
        {
            var (state, got) = Reading(result, key);
            switch (Compare(value, state, got))
            {
                case Verdict.Exact:
                    exact++;
                    break;
                case Verdict.Missing:
                    missing.Add(key);
                    break;
                default:
                    wrong.Add(new WrongCell(key, value, Describe(state, got, result, key), state == CellState.Value));
                    break;
            }
        }

        // A parse on another version can bind values to cells the source does not have: those are wrong too.
        if (result.Report is { } report)
        {
            var keys = expected.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var cell in report.Template.Cells.Where(c => !keys.Contains(c.Key) && result.Cells[c.Ordinal].State != CellState.Missing))
            {
                var state = result.Cells[cell.Ordinal].State;
                wrong.Add(new WrongCell(cell.Key, "(no such cell in the source)", Describe(state, report.GetValue(cell.Ordinal), result, cell.Key), state == CellState.Value));
            }
        }

        return new RenderingScore(exact, missing, wrong);
    }

    private enum Verdict
    {
        Exact,
        Missing,
        Wrong,
    }

    private static Verdict Compare(string expected, CellState state, decimal? got)
    {
        if (expected.Length == 0)
        {
            return state switch
            {
                CellState.Blank => Verdict.Exact,
                CellState.Missing => Verdict.Missing,
                _ => Verdict.Wrong,
            };
        }

        return state switch
        {
            CellState.Value when got == decimal.Parse(expected, NumberStyles.Number | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) => Verdict.Exact,
            CellState.Missing or CellState.Blank => Verdict.Missing,
            _ => Verdict.Wrong,
        };
    }

    private static (CellState State, decimal? Value) Reading(ReportParseResult result, string key) =>
        result.Report is { } report && report.Template.TryGetCell(key, out var cell)
            ? (result.Cells[cell.Ordinal].State, report.GetValue(cell.Ordinal))
            : (CellState.Missing, null);

    private static string Describe(CellState state, decimal? value, ReportParseResult result, string key) => state switch
    {
        CellState.Value => "'" + value?.ToString(CultureInfo.InvariantCulture) + "'",
        CellState.Missing => "missing",
        _ => $"{state} '{result.OriginOf(key).Raw}'",
    };
}

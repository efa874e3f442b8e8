using System;
using System.Linq;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.GovInfo.Tests.Renderings;

/// <summary>
/// Builds the cell values of a known report: every cell from a formula, then the cells FORMATS.md's rules tie
/// together derived from the others (result total, the balance through NewReceived, row totals, section 四's group
/// totals), so the report keeps its own rules unless a caller breaks one on purpose afterwards.
/// </summary>
internal sealed class ReportValues
{
    private readonly ReportTemplate _template;

    public ReportValues(ReportTemplate template, Func<CellInfo, decimal?> formula)
    {
        _template = template;
        Values = template.Cells.Select(formula).ToArray();
    }

    public decimal?[] Values { get; }

    public decimal? this[string key]
    {
        get => Values[Cell(key).Ordinal];
        set => Values[Cell(key).Ordinal] = value;
    }

    /// <summary>Blanks a column of section 三 in every row, as agencies with no such applicants print it.</summary>
    public ReportValues BlankRequestsColumn(string column)
    {
        foreach (var row in Table("Requests").Rows)
        {
            this[$"Requests.{row.Id}.{column}"] = null;
        }

        return this;
    }

    /// <summary>Derives the cells the rules determine, so that every rule holds.</summary>
    public ReportValues Derive()
    {
        var requests = Table("Requests");
        var rows = requests.Rows.Select(r => r.Id).ToList();
        var results = rows.Skip(rows.IndexOf("Disclosed")).Take(rows.IndexOf("ResultsTotal") - rows.IndexOf("Disclosed")).ToList();
        foreach (var column in requests.Columns.Where(c => c.Id != "Total").Select(c => c.Id))
        {
            if (this[$"Requests.NewReceived.{column}"] is null)
            {
                continue;
            }

            var resultsTotal = results.Sum(r => this[$"Requests.{r}.{column}"] ?? 0);
            var forward = this[$"Requests.CarriedForward.{column}"] ?? 0;
            var over = Math.Min(this[$"Requests.CarriedOver.{column}"] ?? 0, resultsTotal + forward);
            this[$"Requests.ResultsTotal.{column}"] = resultsTotal;
            this[$"Requests.CarriedOver.{column}"] = over;
            this[$"Requests.NewReceived.{column}"] = resultsTotal + forward - over;
        }

        foreach (var row in rows)
        {
            var parts = requests.Columns.Where(c => c.Id != "Total").Select(c => this[$"Requests.{row}.{c.Id}"]).ToList();
            this[$"Requests.{row}.Total"] = parts.All(p => p is null) ? null : parts.Sum(p => p ?? 0);
        }

        foreach (var row in Table("ReviewLitigation").Rows)
        {
            this[$"ReviewLitigation.{row.Id}.Total"] = new[] { "Upheld", "Corrected", "Other", "Pending" }.Sum(c => this[$"ReviewLitigation.{row.Id}.{c}"] ?? 0);
        }

        return this;
    }

    private TableInfo Table(string id) => _template.Sections.SelectMany(s => s.Tables).Single(t => t.Id == id);

    private CellInfo Cell(string key) => _template.TryGetCell(key, out var cell) ? cell : throw new ArgumentException("No cell " + key, nameof(key));
}

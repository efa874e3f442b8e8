using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using ReportSchemaKit.Templates;
using ReportSchemaKit.Validation;

namespace ReportSchemaKit.GovInfo.Tests.Validation;

/// <summary>
/// Consecutive years of one agency's reports, built so that every rule of shared/FORMATS.md holds in each
/// year and between each pair. Written from FORMATS.md, not from the generated validator, so the two
/// check each other: every cell starts random, then the cells the rules tie together are derived.
/// </summary>
internal static class ConsistentChain
{
    /// <summary>One report per version given, oldest first, for example ("2019", "2021").</summary>
    public static Gen<IReadOnlyList<IValidatableReport>> Of(params string[] versions)
    {
        var registrations = versions.Select(ValidationFixtures.Registration).ToArray();
        var numbers = registrations.Sum(r => r.Template.Cells.Count);
        return Gen.Int[0, 1000].Array[numbers].Select(random => (IReadOnlyList<IValidatableReport>)Build(registrations, random));
    }

    private static List<IValidatableReport> Build(TemplateRegistration[] registrations, int[] random)
    {
        var reports = new List<IValidatableReport>();
        var offset = 0;
        Year? previous = null;
        foreach (var registration in registrations)
        {
            var year = new Year(registration.Template, random.AsSpan(offset, registration.Template.Cells.Count).ToArray());
            offset += registration.Template.Cells.Count;
            year.Derive(previous);
            reports.Add(ValidationFixtures.Build(registration, year.Values));
            previous = year;
        }

        return reports;
    }

    private sealed class Year
    {
        private readonly ReportTemplate _template;
        private readonly int[] _random;

        public Year(ReportTemplate template, int[] random)
        {
            _template = template;
            _random = random;
            Values = template.Cells.Select(cell => (decimal?)(cell.Type switch
            {
                CellType.Count => random[cell.Ordinal],
                CellType.SignedCount => random[cell.Ordinal] - 500,
                _ => random[cell.Ordinal] + (random[cell.Ordinal] / Pow10(cell.Column.Scale)),
            })).ToArray();
        }

        public decimal?[] Values { get; }

        public void Derive(Year? previous)
        {
            foreach (var table in _template.Tables)
            {
                foreach (var row in table.Rows)
                {
                    DeriveInForce(table, row, previous);
                    DeriveItems(table, row, previous);
                }
            }

            DeriveRequests(previous);
            DeriveReviewTotals();
        }

        // continuity.in-force: InForce = last year's InForce + Issued − Repealed, Repealed no more than there was.
        private void DeriveInForce(TableInfo table, RowInfo row, Year? previous)
        {
            var key = table.Id + "." + row.Id + ".";
            if (!Has(key + "InForce") || previous?.Has(key + "InForce") != true)
            {
                return;
            }

            var available = previous.Get(key + "InForce") + Get(key + "Issued");
            Set(key + "Repealed", Random(key + "Repealed") % (available + 1));
            Set(key + "InForce", available - Get(key + "Repealed"));
        }

        // continuity.items: PriorYearItems = last year's PriorYearItems + last year's Change; Change keeps next year's items ≥ 0.
        private void DeriveItems(TableInfo table, RowInfo row, Year? previous)
        {
            var key = table.Id + "." + row.Id + ".";
            if (!Has(key + "PriorYearItems") || !Has(key + "Change"))
            {
                return;
            }

            if (previous?.Has(key + "Change") == true)
            {
                Set(key + "PriorYearItems", previous.Get(key + "PriorYearItems") + previous.Get(key + "Change"));
            }

            var items = Get(key + "PriorYearItems");
            Set(key + "Change", (Random(key + "Change") % (items + 501)) - items);
        }

        // requests.results-sum, requests.balance, continuity.carry per applicant column; requests.row-total for every row.
        private void DeriveRequests(Year? previous)
        {
            var requests = _template.Tables.Single(t => t.Id == "Requests");
            var rows = requests.Rows.Select(r => r.Id).ToList();
            var results = rows.Skip(rows.IndexOf("Disclosed")).Take(rows.IndexOf("ResultsTotal") - rows.IndexOf("Disclosed")).ToList();
            var applicants = requests.Columns.Select(c => c.Id).Where(c => c != "Total").ToList();
            foreach (var column in applicants)
            {
                var total = results.Sum(row => Get($"Requests.{row}.{column}"));
                Set($"Requests.ResultsTotal.{column}", total);
                if (previous is not null)
                {
                    Set($"Requests.CarriedOver.{column}", previous.Get($"Requests.CarriedForward.{column}"));
                }

                var carriedOver = Get($"Requests.CarriedOver.{column}");
                Set($"Requests.NewReceived.{column}", Math.Max(0, total - carriedOver) + Random($"Requests.NewReceived.{column}"));
                Set($"Requests.CarriedForward.{column}", Get($"Requests.NewReceived.{column}") + carriedOver - total);
            }

            foreach (var row in rows)
            {
                Set($"Requests.{row}.Total", applicants.Sum(column => Get($"Requests.{row}.{column}")));
            }
        }

        // review.group-total.
        private void DeriveReviewTotals()
        {
            foreach (var row in _template.Tables.Single(t => t.Id == "ReviewLitigation").Rows)
            {
                var key = "ReviewLitigation." + row.Id + ".";
                Set(key + "Total", Get(key + "Upheld") + Get(key + "Corrected") + Get(key + "Other") + Get(key + "Pending"));
            }
        }

        private bool Has(string key) => _template.TryGetCell(key, out _);

        private decimal Get(string key) => Values[ValidationFixtures.OrdinalOf(_template, key)]!.Value;

        private void Set(string key, decimal value) => Values[ValidationFixtures.OrdinalOf(_template, key)] = value;

        private int Random(string key) => _random[ValidationFixtures.OrdinalOf(_template, key)];

        private static decimal Pow10(int scale) => (decimal)Math.Pow(10, scale);
    }
}

using System;
using System.Linq;
using CsCheck;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>
/// Values for damaged reports, in three kinds: random (ReportGenerators: rules broken everywhere), consistent
/// (small counts, many zeros, blank columns, every rule holding — the ties the rules are meant to break), and
/// consistent but with a few totals off by some amount, as published reports have.
/// </summary>
internal static class DamageValues
{
    public static Gen<decimal?[]> For(ReportTemplate template) =>
        Gen.Frequency((1, ReportGenerators.Values(template)), (2, Gen.Int.Select(s => Consistent(template, new Random(s)))), (2, Gen.Int.Select(s => Broken(template, new Random(s)))));

    public static decimal?[] Consistent(ReportTemplate template, Random random)
    {
        var values = new decimal?[template.Cells.Count];
        foreach (var table in template.Tables)
        {
            if (table.Id == "Requests")
            {
                Requests(table, values, random);
                continue;
            }

            foreach (var row in table.Rows)
            {
                var totalled = table.Columns.Any(c => c.Id == "Total");
                foreach (var column in table.Columns.Where(c => !totalled || c.Id != "Total"))
                {
                    values[table.CellOrdinal(row.Index, column.Index)] = random.Next(8) == 0 ? null : Small(column, random);
                }

                if (totalled)
                {
                    var parts = table.Columns.Where(c => c.Id != "Total").Sum(c => values[table.CellOrdinal(row.Index, c.Index)] ?? 0);
                    values[table.CellOrdinal(row.Index, table.Columns.Single(c => c.Id == "Total").Index)] = parts;
                }
            }
        }

        return values;
    }

    /// <summary>A consistent report with one to three totals (or a part) changed by some amount.</summary>
    public static decimal?[] Broken(ReportTemplate template, Random random)
    {
        var values = Consistent(template, random);
        var totals = template.Cells.Where(c => c.Column.Id == "Total" || c.Row.Id is "ResultsTotal" or "NewReceived").ToList();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var cell = totals[random.Next(totals.Count)];
            values[cell.Ordinal] = Math.Max(0, (values[cell.Ordinal] ?? 0) + random.Next(-20, 21));
        }

        return values;
    }

    private static decimal Small(ColumnInfo column, Random random)
    {
        var count = random.Next(3) == 0 ? random.Next(0, 3) : random.Next(4) == 0 ? random.Next(0, 300) : 0;
        return column.Type switch
        {
            CellType.SignedCount => count * (random.Next(2) == 0 ? 1 : -1),
            CellType.Decimal => decimal.Divide(random.Next(0, 2_000_000), (decimal)Math.Pow(10, column.Scale)),
            _ => count,
        };
    }

    /// <summary>Section 三 with its balance, results sum and row totals holding; some applicant columns wholly blank, some zeros blank.</summary>
    private static void Requests(TableInfo table, decimal?[] values, Random random)
    {
        var row = table.Rows.ToDictionary(r => r.Id, r => r.Index);
        var results = Enumerable.Range(row["CarriedOver"] + 1, row["ResultsTotal"] - row["CarriedOver"] - 1).ToArray();
        var parts = table.Columns.Where(c => c.Id != "Total").ToArray();
        var total = table.Columns.Single(c => c.Id == "Total").Index;
        var blankZeros = random.Next(3) == 0;
        foreach (var column in parts)
        {
            decimal? Put(int r, decimal v) => values[table.CellOrdinal(r, column.Index)] = v == 0 && blankZeros && random.Next(2) == 0 ? null : v;
            if (random.Next(4) == 0)
            {
                continue; // a blank column, as real reports print for kinds of applicant they had none of
            }

            var sum = results.Sum(r => Put(r, Small(column, random)) ?? 0);
            Put(row["ResultsTotal"], sum);
            var forward = Put(row["CarriedForward"], Small(column, random)) ?? 0;
            var over = Put(row["CarriedOver"], random.Next(0, (int)(sum + forward) + 1)) ?? 0;
            Put(row["NewReceived"], sum + forward - over);
        }

        foreach (var r in table.Rows)
        {
            values[table.CellOrdinal(r.Index, total)] = parts.Sum(c => values[table.CellOrdinal(r.Index, c.Index)] ?? 0);
        }
    }
}

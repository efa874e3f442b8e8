using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportSchemaKit.Templates;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Rendering;

/// <summary>
/// Reads the long-form CSV that <see cref="CsvRenderer"/> writes — one or many reports, one line per
/// cell — back into typed reports. Strict, since the file is machine-written: every problem is a
/// <see cref="FormatException"/> that gives the line and column and says what was expected.
/// </summary>
public static class CsvReportReader
{
    /// <summary>The reports in the order their first lines come; lines of one report need not be adjacent.</summary>
    /// <param name="csv">The CSV text, header first.</param>
    /// <param name="catalog">The template versions the <c>version</c> field may name.</param>
    /// <exception cref="FormatException">The header, a field, a key or a value is not what the long form allows.</exception>
    public static IReadOnlyList<CsvReport> Read(string csv, TemplateCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(catalog);
        var reports = new List<(string Name, TemplateRegistration Registration, decimal?[] Values, Dictionary<int, SourcePosition> Seen)>();
        var first = true;
        foreach (var (position, fields) in CsvFields.Records(csv))
        {
            if (first)
            {
                first = false;
                if (!fields.SequenceEqual(CsvRenderer.Header, StringComparer.Ordinal))
                {
                    throw Error(position, $"the header must be '{string.Join(",", CsvRenderer.Header)}'; found '{string.Join(",", fields)}'");
                }

                continue;
            }

            if (fields.Count != CsvRenderer.Header.Length)
            {
                throw Error(position, string.Create(CultureInfo.InvariantCulture, $"expected {CsvRenderer.Header.Length} fields ({string.Join(", ", CsvRenderer.Header)}); found {fields.Count}"));
            }

            var (name, version, table, row, column, key, value) = (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6]);
            var index = reports.FindIndex(r => r.Name == name && r.Registration.Template.Version == version);
            if (index < 0)
            {
                var registration = Find(catalog, version, position);
                reports.Add((name, registration, new decimal?[registration.Template.Cells.Count], []));
                index = reports.Count - 1;
            }

            var report = reports[index];
            var cell = CellOf(report.Registration.Template, table, row, column, key, position);
            if (report.Seen.TryGetValue(cell.Ordinal, out var earlier))
            {
                throw Error(position, $"cell {key} of report '{name}' was already given at {earlier}");
            }

            report.Seen[cell.Ordinal] = position;
            report.Values[cell.Ordinal] = ValueOf(cell, value, position);
        }

        if (first)
        {
            throw Error(new SourcePosition(1, 1), $"the CSV is empty; the header '{string.Join(",", CsvRenderer.Header)}' was expected");
        }

        return reports.Select(r => new CsvReport(r.Name, r.Registration.Create(r.Values))).ToArray();
    }

    private static TemplateRegistration Find(TemplateCatalog catalog, string version, SourcePosition position)
    {
        var matches = catalog.Registrations.Where(r => r.Template.Version == version).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw Error(position, $"there is no template version '{version}'; the versions are {string.Join(", ", catalog.Templates.Select(t => t.Version))}"),
            _ => throw Error(position, $"version '{version}' is declared by several families ({string.Join(", ", matches.Select(m => m.Template.Family))}); read each family's lines with a catalog of that family"),
        };
    }

    private static CellInfo CellOf(ReportTemplate template, string table, string row, string column, string key, SourcePosition position)
    {
        if (!template.TryGetCell(key, out var cell))
        {
            throw Error(position, $"version {template.Version} has no cell '{key}' (a key is Table.Row.Column, for example {template.Cells[0].Key})");
        }

        if (cell.Table.Id != table || cell.Row.Id != row || cell.Column.Id != column)
        {
            throw Error(position, $"the key {key} names table {cell.Table.Id}, row {cell.Row.Id}, column {cell.Column.Id}; the line says {table}, {row}, {column}");
        }

        return cell;
    }

    private static decimal? ValueOf(CellInfo cell, string value, SourcePosition position)
    {
        if (value.Length == 0)
        {
            return null;
        }

        if (!decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            throw Error(position, $"the value of {cell.Key} must be a number written with invariant digits (or empty for a blank cell); found '{value}'");
        }

        if (cell.Type != CellType.Decimal && (decimal.Truncate(number) != number || number > long.MaxValue || number < long.MinValue))
        {
            throw Error(position, $"{cell.Key} is a count and holds whole numbers; found '{value}'");
        }

        return number;
    }

    private static FormatException Error(SourcePosition position, string message) => new($"CSV {position}: {message}.");
}

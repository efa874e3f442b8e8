using System;
using System.Collections.Generic;
using System.IO;
using ReportSchemaKit.Parsing;
using ReportSchemaKit.Reports;
using ReportSchemaKit.Templates;
using ReportSchemaKit.Validation;

namespace ReportSchemaKit.GovInfo.Tests.Validation;

/// <summary>Corpus reports parsed through the catalog, and reports built from a few values by key.</summary>
internal static class ValidationFixtures
{
    public const string Family = "gov-info-disclosure";

    public static ReportParseResult ParseCorpus(string name)
    {
        var result = ReportParser.Parse(File.ReadAllBytes(Path.Combine(SharedFiles.Directory, "corpus", name + ".txt")), ReportTemplates.Catalog);
        Assert.True(result.HasReport, string.Join(Environment.NewLine, result.Diagnostics));
        return result;
    }

    public static TemplateRegistration Registration(string version) =>
        ReportTemplates.Catalog.Find(Family, version) ?? throw new InvalidOperationException("No template " + version);

    /// <summary>A report of the version whose cells are all 0 except the given ones (a null value leaves the cell blank).</summary>
    public static IValidatableReport Zeros(string version, params (string Key, decimal? Value)[] cells) =>
        Build(Registration(version), Filled(Registration(version).Template, 0m, cells));

    public static IValidatableReport Build(TemplateRegistration registration, decimal?[] values) =>
        (IValidatableReport)registration.Create(values);

    public static int OrdinalOf(ReportTemplate template, string key) =>
        template.TryGetCell(key, out var cell) ? cell.Ordinal : throw new ArgumentException($"No cell {key} in {template}", nameof(key));

    private static decimal?[] Filled(ReportTemplate template, decimal? fill, IEnumerable<(string Key, decimal? Value)> cells)
    {
        var values = new decimal?[template.Cells.Count];
        Array.Fill(values, fill);
        foreach (var (key, value) in cells)
        {
            values[OrdinalOf(template, key)] = value;
        }

        return values;
    }
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ReportSchemaKit.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. Ids are stable: documentation and users' suppressions
/// refer to them, so a retired id is never reused.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "ReportSchemaKit.Template";

    public static readonly DiagnosticDescriptor YamlSyntax = Error(
        "RSK0001", "The template is not valid YAML", "The template is not valid YAML: {0}");

    public static readonly DiagnosticDescriptor UnknownKey = Error(
        "RSK0002", "Unknown key in template", "Unknown key '{0}' in {1}{2} {3}");

    public static readonly DiagnosticDescriptor MissingKey = Error(
        "RSK0003", "Required key missing in template", "{0} needs the key '{1}': {2}");

    public static readonly DiagnosticDescriptor InvalidValue = Error(
        "RSK0004", "Invalid value in template", "{0}");

    public static readonly DiagnosticDescriptor DuplicateId = Error(
        "RSK0005", "Duplicate id in template", "The {0} id '{1}' is already used{2}; give each {0} its own id");

    public static readonly DiagnosticDescriptor InvalidIdentifier = Error(
        "RSK0006", "Invalid id in template", "The {0} id '{1}' cannot be used: {2}");

    public static readonly DiagnosticDescriptor UnknownName = Error(
        "RSK0007", "Rule names a cell that does not exist", "Rule '{0}' names '{1}', which is not {2}. {3}");

    public static readonly DiagnosticDescriptor InvalidExpression = Error(
        "RSK0008", "Invalid rule assertion", "Rule '{0}': {1}. Write an assertion such as 'Total == A + B' or 'Total == sum(First..Last)'");

    public static readonly DiagnosticDescriptor LayoutMismatch = Error(
        "RSK0009", "Table layout does not fit its columns", "Table '{0}': {1}");

    public static readonly DiagnosticDescriptor DuplicateVersion = Error(
        "RSK0010", "Template version declared twice", "Template {0} version {1} is also declared in '{2}'; each version belongs in one file");

    public static readonly DiagnosticDescriptor DuplicateType = Error(
        "RSK0013", "Two templates generate one type", "Template {0} version {1} would generate {2}, which '{3}' generates too; give this file codegen names of its own (codegen: {{ namespace: …, reportType: … }})");

    public static readonly DiagnosticDescriptor AmbiguousLabel = Error(
        "RSK0011", "Two rows or columns share a label", "In table '{0}' the label '{1}' of {2} '{3}' also belongs to {2} '{4}'; a parser could not tell them apart");

    public static readonly DiagnosticDescriptor ClaimUnknownName = Error(
        "RSK0014", "Claim names a cell that does not exist", "Claim '{0}' names '{1}', which is not {2}. {3}");

    public static readonly DiagnosticDescriptor InvalidClaimValue = Error(
        "RSK0015", "Invalid claim value", "Claim '{0}': {1}. Write the cells the figure must equal, such as 'Requests.NewReceived.Total + Requests.CarriedOver.Total'");

    public static readonly DiagnosticDescriptor InvalidClaimPhrase = Error(
        "RSK0016", "Invalid claim phrase", "Claim '{0}': the phrase '{1}' {2}");

    public static readonly DiagnosticDescriptor GeneratorFailure = Error(
        "RSK0012", "The template generator failed", "The generator failed on this template: {0}. Please report this with the YAML file.");

    /// <summary>Every descriptor by id; diagnostics travel through the pipeline as ids and are resolved here.</summary>
    public static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> ById = new[]
    {
        YamlSyntax, UnknownKey, MissingKey, InvalidValue, DuplicateId, InvalidIdentifier, UnknownName,
        InvalidExpression, LayoutMismatch, DuplicateVersion, AmbiguousLabel, GeneratorFailure, DuplicateType,
        ClaimUnknownName, InvalidClaimValue, InvalidClaimPhrase,
    }.ToDictionary(d => d.Id);

    private static DiagnosticDescriptor Error(string id, string title, string format) =>
        new(id, title, format, Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "See the table of generator diagnostics in the README.");
}

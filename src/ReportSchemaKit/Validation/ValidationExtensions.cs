using System;
using ReportSchemaKit.Parsing;
using ReportSchemaKit.Reports;

namespace ReportSchemaKit.Validation;

/// <summary>Validation for reports of any version and for parse results, which carry source positions.</summary>
public static class ValidationExtensions
{
    /// <summary>Checks the report's own rules.</summary>
    /// <exception cref="ArgumentException">The report's type has no generated validator.</exception>
    public static ValidationResult Validate(this IReport report, ValidationOptions? options = null) =>
        Validatable(report, nameof(report)).Validate(options);

    /// <summary>Checks the parsed report's own rules; findings carry the cells' source positions. No report, no findings.</summary>
    public static ValidationResult Validate(this ReportParseResult result, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Report is null ? ValidationResult.Empty : Validatable(result.Report, nameof(result)).Validate(options, result.Cells);
    }

    /// <summary>Checks the cross-year rules of this year's parsed report against last year's; findings carry positions in both.</summary>
    public static ValidationResult ValidateAcrossYears(this ReportParseResult current, ReportParseResult previous, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        if (current.Report is null || previous.Report is null)
        {
            return ValidationResult.Empty;
        }

        return Validatable(current.Report, nameof(current)).ValidateAcrossYears(previous.Report, options, current.Cells, previous.Cells);
    }

    private static IValidatableReport Validatable(IReport report, string parameter)
    {
        ArgumentNullException.ThrowIfNull(report, parameter);
        return report as IValidatableReport
            ?? throw new ArgumentException($"{report.GetType().Name} has no generated validator; regenerate it with a generator that emits validators.", parameter);
    }
}

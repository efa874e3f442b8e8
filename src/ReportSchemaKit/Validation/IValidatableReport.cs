using System.Collections.Generic;
using ReportSchemaKit.Parsing;
using ReportSchemaKit.Reports;

namespace ReportSchemaKit.Validation;

/// <summary>A generated report type with its template's consistency rules compiled in.</summary>
public interface IValidatableReport : IReport
{
    /// <summary>Checks every rule of the template that reads this report alone.</summary>
    /// <param name="options">Severity overrides and output choices, or <c>null</c> for the defaults.</param>
    /// <param name="origins">Where each cell came from (<see cref="ReportParseResult.Cells"/>), so findings carry source positions; or <c>null</c>.</param>
    /// <exception cref="System.ArgumentException">The origins are not one per cell of the template.</exception>
    ValidationResult Validate(ValidationOptions? options = null, IReadOnlyList<CellOrigin>? origins = null);

    /// <summary>
    /// Checks the template's cross-year rules (<c>across: previous-year</c>) between the same agency's
    /// report of the previous year, on any version of the family, and this one. A cell last year's
    /// version lacks makes the rule not assessable there.
    /// </summary>
    /// <param name="previous">Last year's report.</param>
    /// <param name="options">Severity overrides and output choices, or <c>null</c> for the defaults.</param>
    /// <param name="origins">Where each of this report's cells came from, or <c>null</c>.</param>
    /// <param name="previousOrigins">Where each of last year's cells came from, or <c>null</c>.</param>
    /// <exception cref="System.ArgumentException">Origins are not one per cell of their template.</exception>
    ValidationResult ValidateAcrossYears(IReport previous, ValidationOptions? options = null, IReadOnlyList<CellOrigin>? origins = null, IReadOnlyList<CellOrigin>? previousOrigins = null);
}

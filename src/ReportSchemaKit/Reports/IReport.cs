using ReportSchemaKit.Templates;

namespace ReportSchemaKit.Reports;

/// <summary>
/// A report's table values, typed per template version by generated code. This interface is the
/// generic view that parsers, validators and renderers share: cells by ordinal, no reflection.
/// </summary>
public interface IReport
{
    /// <summary>The template version this report follows.</summary>
    ReportTemplate Template { get; }

    /// <summary>The value of the cell with the given ordinal, or <c>null</c> where the report leaves it blank.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The ordinal is not a cell of the template.</exception>
    decimal? GetValue(int ordinal);
}

/// <summary>A generated report type that can also be built from cell values.</summary>
/// <typeparam name="TSelf">The generated report type.</typeparam>
public interface IReport<TSelf> : IReport
    where TSelf : IReport<TSelf>
{
    /// <summary>The template version every instance follows.</summary>
    static abstract ReportTemplate TemplateInfo { get; }

    /// <summary>Builds a report from values in cell order; <c>null</c> is a blank cell.</summary>
    /// <exception cref="System.ArgumentException">
    /// The count of values is not the template's cell count, or a count cell holds a fraction.
    /// </exception>
    static abstract TSelf FromValues(System.ReadOnlySpan<decimal?> values);
}

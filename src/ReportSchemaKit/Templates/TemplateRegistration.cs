using System;
using ReportSchemaKit.Reports;

namespace ReportSchemaKit.Templates;

/// <summary>Builds a generated report from cell values, without reflection.</summary>
public delegate IReport ReportFactory(ReadOnlySpan<decimal?> values);

/// <summary>A template version compiled into an assembly: its descriptor, its report type and a factory.</summary>
/// <param name="Template">The version's descriptor.</param>
/// <param name="ReportType">The generated report type.</param>
/// <param name="Create">Builds a report of that type from values in cell order.</param>
public sealed record TemplateRegistration(ReportTemplate Template, Type ReportType, ReportFactory Create);

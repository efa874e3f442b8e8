using ReportSchemaKit.Reports;

namespace ReportSchemaKit.Rendering;

/// <summary>One report read from a long-form CSV.</summary>
/// <param name="Name">What its lines' <c>report</c> field says.</param>
/// <param name="Report">The typed report; a cell with no line is blank.</param>
public sealed record CsvReport(string Name, IReport Report);

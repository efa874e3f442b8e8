using System.Collections.Generic;

namespace ReportSchemaKit.Templates;

/// <summary>
/// A grouping header above rows or columns, such as （三）不予公开 over its eight rows or
/// 法人或其他组织 over five columns. Groups are headers, not data.
/// </summary>
/// <param name="Label">The label as the official format prints it.</param>
/// <param name="Variants">Other spellings met in published reports.</param>
public sealed record HeaderGroup(string Label, IReadOnlyList<string> Variants);

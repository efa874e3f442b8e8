using System.Collections.Generic;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.Rendering.Layout;

/// <summary>A section of the report (二、主动公开政府信息情况 …) with its tables in printed order.</summary>
/// <param name="Section">The model section; its label is the printed heading.</param>
/// <param name="Tables">Its tables, laid out.</param>
public sealed record PrintedSection(SectionInfo Section, IReadOnlyList<PrintedTable> Tables);

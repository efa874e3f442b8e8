using System.Collections.Generic;

namespace ReportSchemaKit.Generator.Parsing;

/// <summary>
/// The keys each kind of YAML node takes: the template language's vocabulary in one place.
/// schemas/report-template.schema.json must declare the same keys; a test holds the two together.
/// </summary>
internal static class KeySets
{
    public static readonly NodeKind Template = new("the template", "family", "version", "title", "issuedBy", "years", "signatures", "codegen", "description", "sections", "rules");
    public static readonly NodeKind Years = new("years", "from", "to");
    public static readonly NodeKind Codegen = new("codegen", "namespace", "reportType");
    public static readonly NodeKind Section = new("a section", "id", "label", "variants", "description", "tables");
    public static readonly NodeKind Table = new("a table", "id", "label", "variants", "description", "rowHeader", "columnHeader", "type", "scale", "unit", "columns", "rows", "layout");
    public static readonly NodeKind Column = new("a column", "id", "label", "variants", "description", "type", "scale", "unit");
    public static readonly NodeKind ColumnGroup = new("a column group", "group", "variants", "columns");
    public static readonly NodeKind Row = new("a row", "id", "label", "variants", "description");
    public static readonly NodeKind RowGroup = new("a row group", "group", "variants", "rows");
    public static readonly NodeKind Layout = new("a layout", "body", "header");
    public static readonly NodeKind HeaderCell = new("a header cell", "text", "rowSpan", "colSpan");
    public static readonly NodeKind Rule = new("a rule", "id", "severity", "table", "tables", "each", "across", "types", "assert", "message", "description");
    public static readonly NodeKind Message = new("a message", "zh", "en");

    public static IReadOnlyList<NodeKind> All { get; } =
        [Template, Years, Codegen, Section, Table, Column, ColumnGroup, Row, RowGroup, Layout, HeaderCell, Rule, Message];
}

/// <summary>A kind of YAML mapping and the keys it takes.</summary>
internal sealed class NodeKind
{
    public NodeKind(string description, params string[] keys)
    {
        Description = description;
        Keys = keys;
    }

    /// <summary>How messages name the node, for example "a row".</summary>
    public string Description { get; }

    public IReadOnlyList<string> Keys { get; }
}

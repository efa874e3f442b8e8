using System.Collections.Generic;

namespace ReportSchemaKit.Generator.Parsing;

/// <summary>
/// The keys each kind of YAML node takes: the template language's vocabulary in one place.
/// schemas/report-template.schema.json must declare the same keys; a test holds the two together.
/// </summary>
internal static class KeySets
{
    public static readonly NodeKind Template = new("#", "the template", "family", "version", "title", "issuedBy", "years", "signatures", "codegen", "description", "sections", "rules", "claims");
    public static readonly NodeKind Years = new("years", "years", "from", "to");
    public static readonly NodeKind Codegen = new("codegen", "codegen", "namespace", "reportType");
    public static readonly NodeKind Section = new("section", "a section", "id", "label", "variants", "description", "tables");
    public static readonly NodeKind Table = new("table", "a table", "id", "label", "variants", "description", "rowHeader", "columnHeader", "type", "scale", "unit", "columns", "rows", "layout");
    public static readonly NodeKind Column = new("column", "a column", "id", "label", "variants", "description", "type", "scale", "unit");
    public static readonly NodeKind ColumnGroup = new("columnGroup", "a column group", "group", "variants", "columns");
    public static readonly NodeKind Row = new("row", "a row", "id", "label", "variants", "description");
    public static readonly NodeKind RowGroup = new("rowGroup", "a row group", "group", "variants", "rows");
    public static readonly NodeKind Layout = new("layout", "a layout", "body", "header");
    public static readonly NodeKind HeaderCell = new("headerCell", "a header cell", "text", "rowSpan", "colSpan");
    public static readonly NodeKind Rule = new("rule", "a rule", "id", "severity", "table", "tables", "each", "across", "types", "assert", "message", "description");
    public static readonly NodeKind Message = new("message", "a message", "zh", "en");
    public static readonly NodeKind Claim = new("claim", "a claim", "id", "label", "value", "phrases", "zero", "notAfter", "description");
    public static readonly NodeKind ClaimLabel = new("claimLabel", "a claim label", "zh", "en");

    public static IReadOnlyList<NodeKind> All { get; } =
        [Template, Years, Codegen, Section, Table, Column, ColumnGroup, Row, RowGroup, Layout, HeaderCell, Rule, Message, Claim, ClaimLabel];
}

/// <summary>A kind of YAML mapping and the keys it takes.</summary>
internal sealed class NodeKind
{
    public NodeKind(string schemaName, string description, params string[] keys)
    {
        SchemaName = schemaName;
        Description = description;
        Keys = keys;
    }

    /// <summary>The node's definition in report-template.schema.json: a name under $defs, or # for the root.</summary>
    public string SchemaName { get; }

    /// <summary>How messages name the node, for example "a row".</summary>
    public string Description { get; }

    public IReadOnlyList<string> Keys { get; }
}

using System;
using System.Collections.Generic;
using ReportSchemaKit.Generator.Diagnostics;
using ReportSchemaKit.Generator.Spec;
using YamlDotNet.RepresentationModel;

namespace ReportSchemaKit.Generator.Parsing;

/// <summary>Reads a table: its columns and rows (with their groups), cell types and layout.</summary>
internal static class TableParser
{
    private static readonly string[] CellTypeWords = ["count", "signed-count", "decimal"];

    public static TableSpec? Read(MappingReader reader, string? reportType, TableRegistry tables)
    {
        var id = reader.RequiredString("id", "a PascalCase id, for example Requests");
        var idIsValid = TemplateParser.CheckId(reader, "id", id, Identifiers.ExplainPascal, "table");
        if (idIsValid && (Identifiers.IsReserved(id!) || id == reportType))
        {
            var node = reader.Get("id")!;
            reader.Diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, node.Start, node.End, "table", id!,
                "generated code already uses that name; choose another");
            idIsValid = false;
        }

        var label = reader.RequiredString("label", "the table's label as printed, for example 第二十条第（一）项");
        var defaults = ReadCellType(reader, inherited: null);
        var columns = new List<ColumnSpec>();
        var nodes = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var columnNodes = reader.Sequence("columns", required: true, "a table lists its value columns");
        if (columnNodes is not null)
        {
            ReadColumns(columnNodes, reader.Diagnostics, [], defaults, columns, nodes, id + "Row");
        }

        var rows = new List<RowSpec>();
        var rowNodes = reader.Sequence("rows", required: true, "a table lists its data rows");
        var rowIds = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        if (rowNodes is not null)
        {
            ReadRows(rowNodes, reader.Diagnostics, [], rows, rowIds, id + "Table");
        }

        var layout = LayoutParser.Read(reader, id ?? "?", rows.Count, columns.Count);
        if (id is null || !idIsValid || label is null)
        {
            return null;
        }

        LabelChecker.Check(reader.Diagnostics, id, rows, rowIds, columns, nodes);
        var table = new TableSpec(
            id, label, reader.StringList("variants"), reader.OptionalString("description"),
            reader.OptionalString("rowHeader"), reader.OptionalString("columnHeader"),
            rows.ToEquatableArray(), columns.ToEquatableArray(), layout);
        if (!tables.TryAdd(table))
        {
            var node = reader.Get("id")!;
            reader.Diagnostics.Report(DiagnosticDescriptors.DuplicateId, node.Start, node.End, "table", id, " by another table of this template");
        }

        return table;
    }

    private static void ReadColumns(
        YamlSequenceNode nodes, DiagnosticBag diagnostics, List<GroupSpec> groups, CellTypeSpec? defaults,
        List<ColumnSpec> into, Dictionary<string, YamlNode> ids, string enclosingType)
    {
        foreach (var item in nodes.Children)
        {
            var isGroup = item is YamlMappingNode map && map.Children.ContainsKey(new YamlScalarNode("group"));
            var reader = MappingReader.AsMapping(item, isGroup ? KeySets.ColumnGroup : KeySets.Column, diagnostics, "columns");
            if (reader is null)
            {
                continue;
            }

            if (isGroup)
            {
                var group = new GroupSpec(reader.RequiredString("group", "the group's printed label") ?? string.Empty, reader.StringList("variants"));
                var children = reader.Sequence("columns", required: true, "a column group lists the columns under it");
                if (children is not null)
                {
                    ReadColumns(children, diagnostics, [.. groups, group], defaults, into, ids, enclosingType);
                }

                continue;
            }

            var id = ReadMemberId(reader, "column", "a PascalCase id, for example NaturalPerson", ids, enclosingType);
            var label = reader.RequiredString("label", "the column header as printed, for example 自然人");
            var type = ReadCellType(reader, defaults);
            if (type is null && !reader.Has("type"))
            {
                reader.Required("type", "the cell type: count, signed-count or decimal (or give the table a type)");
            }

            if (id is not null && label is not null && type is not null)
            {
                into.Add(new ColumnSpec(id, label, reader.StringList("variants"), groups.ToEquatableArray(), type.Kind, type.Scale, type.Unit, reader.OptionalString("description")));
            }
        }
    }

    private static void ReadRows(
        YamlSequenceNode nodes, DiagnosticBag diagnostics, List<GroupSpec> groups, List<RowSpec> into,
        Dictionary<string, YamlNode> ids, string enclosingType)
    {
        foreach (var item in nodes.Children)
        {
            var isGroup = item is YamlMappingNode map && map.Children.ContainsKey(new YamlScalarNode("group"));
            var reader = MappingReader.AsMapping(item, isGroup ? KeySets.RowGroup : KeySets.Row, diagnostics, "rows");
            if (reader is null)
            {
                continue;
            }

            if (isGroup)
            {
                var group = new GroupSpec(reader.RequiredString("group", "the group's printed label") ?? string.Empty, reader.StringList("variants"));
                var children = reader.Sequence("rows", required: true, "a row group lists the rows under it");
                if (children is not null)
                {
                    ReadRows(children, diagnostics, [.. groups, group], into, ids, enclosingType);
                }

                continue;
            }

            var id = ReadMemberId(reader, "row", "a PascalCase id, for example NewReceived", ids, enclosingType);
            var label = reader.RequiredString("label", "the row label as printed, for example 一、本年新收政府信息公开申请数量");
            if (id is not null && label is not null)
            {
                into.Add(new RowSpec(id, label, reader.StringList("variants"), groups.ToEquatableArray(), reader.OptionalString("description")));
            }
        }
    }

    /// <summary>
    /// Reads a row or column id: valid, unique in its table, and usable as a member of the generated
    /// record. Records the node of each id so later checks can point at the row or column itself.
    /// </summary>
    private static string? ReadMemberId(MappingReader reader, string what, string hint, Dictionary<string, YamlNode> ids, string enclosingType)
    {
        var id = reader.RequiredString("id", hint);
        if (!TemplateParser.CheckId(reader, "id", id, Identifiers.ExplainPascal, what))
        {
            return null;
        }

        if (Identifiers.IsReserved(id!) || id == enclosingType)
        {
            var node = reader.Get("id")!;
            reader.Diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, node.Start, node.End, what, id!,
                "generated code already uses that name; choose another");
            return null;
        }

        if (ids.ContainsKey(id!))
        {
            var node = reader.Get("id")!;
            reader.Diagnostics.Report(DiagnosticDescriptors.DuplicateId, node.Start, node.End, what, id!, " in this table");
            return null;
        }

        ids.Add(id!, reader.Node);
        return id;
    }

    /// <summary>type/scale/unit of a column, falling back to the table's defaults.</summary>
    private static CellTypeSpec? ReadCellType(MappingReader reader, CellTypeSpec? inherited)
    {
        var word = reader.OneOf("type", CellTypeWords);
        var kind = word switch
        {
            "count" => CellKind.Count,
            "signed-count" => CellKind.SignedCount,
            "decimal" => CellKind.Decimal,
            _ => inherited?.Kind,
        };
        if (kind is null)
        {
            return null;
        }

        var scale = reader.OptionalInt("scale", 0, 10);
        if (scale is not null && kind != CellKind.Decimal)
        {
            var node = reader.Get("scale")!;
            reader.Diagnostics.Report(DiagnosticDescriptors.InvalidValue, node.Start, node.End,
                "'scale' applies to decimal cells only; counts are whole numbers");
        }

        var unit = reader.OptionalString("unit") ?? (word is null ? inherited?.Unit : null);
        var effectiveScale = kind == CellKind.Decimal ? scale ?? (word is null ? inherited?.Scale : null) ?? 2 : 0;
        return new CellTypeSpec(kind.Value, effectiveScale, unit);
    }

    private sealed record CellTypeSpec(CellKind Kind, int Scale, string? Unit);
}

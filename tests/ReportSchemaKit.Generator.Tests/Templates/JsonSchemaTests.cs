using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ReportSchemaKit.Generator.Parsing;
using ReportSchemaKit.Generator.Tests.Infrastructure;

namespace ReportSchemaKit.Generator.Tests.Templates;

/// <summary>The published JSON Schema and the generator's parser speak the same language.</summary>
public sealed class JsonSchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Schemas, "report-template.schema.json"))).RootElement;

    public static TheoryData<string> Kinds => new(KeySets.All.Select(k => k.SchemaName));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_kind_of_node_declares_the_same_keys_in_the_schema_as_the_parser_accepts(string schemaName)
    {
        var kind = KeySets.All.Single(k => k.SchemaName == schemaName);
        var definition = schemaName == "#" ? Schema : Schema.GetProperty("$defs").GetProperty(schemaName);

        var keys = definition.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);

        Assert.Equal(kind.Keys.Order(StringComparer.Ordinal), keys);
        Assert.False(definition.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void Every_template_file_references_the_schema()
    {
        var files = Directory.GetFiles(RepositoryPaths.Schemas, "*.yaml", SearchOption.AllDirectories);

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.StartsWith("# yaml-language-server: $schema=../report-template.schema.json", File.ReadAllText(file), StringComparison.Ordinal));
    }
}

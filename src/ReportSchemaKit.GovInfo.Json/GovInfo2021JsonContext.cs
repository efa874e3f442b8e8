using System.Text.Json.Serialization;
using ReportSchemaKit.GovInfo.V2021;

namespace ReportSchemaKit.GovInfo.Json;

/// <summary>
/// Source-generated JSON metadata of the 2021 format's report type (one context per version: the versions'
/// row and table types share names). Use <see cref="GovInfoJson.Options"/> to read and write every version.
/// </summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    RespectNullableAnnotations = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(GovInfoReport2021))]
public sealed partial class GovInfo2021JsonContext : JsonSerializerContext;

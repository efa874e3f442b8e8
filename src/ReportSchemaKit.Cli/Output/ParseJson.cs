using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportSchemaKit.Cli.Input;
using ReportSchemaKit.GovInfo.Json;
using ReportSchemaKit.Parsing;
using ReportSchemaKit.Rendering;

namespace ReportSchemaKit.Cli.Output;

/// <summary>
/// <c>parse --format json</c>: per file its path, what was detected, every diagnostic, every cell's state and
/// evidence (<see cref="CellOriginsJson"/>) and the typed report (the same JSON <c>render --to json</c> writes,
/// readable back with <c>ReportJson.Deserialize</c>). One object for one file, an array for several, so the output
/// is always one JSON document.
/// </summary>
internal static class ParseJson
{
    public static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IReadOnlyList<ReportFile> files)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            if (files.Count > 1)
            {
                json.WriteStartArray();
            }

            foreach (var file in files)
            {
                WriteFile(json, file);
            }

            if (files.Count > 1)
            {
                json.WriteEndArray();
            }
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteFile(Utf8JsonWriter json, ReportFile file)
    {
        json.WriteStartObject();
        json.WriteString("file", file.Path);
        json.WriteString("error", file.Error);
        if (file.Result is { } result)
        {
            json.WriteString("title", result.Title);
            json.WriteString("family", result.Template?.Family);
            json.WriteString("version", result.Template?.Version);
            json.WriteString("versionSource", result.HasReport ? result.VersionSource.ToString() : null);
            json.WriteString("layout", result.Layout.ToString());
            json.WriteString("encoding", result.EncodingName);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in result.Diagnostics)
            {
                WriteDiagnostic(json, diagnostic);
            }

            json.WriteEndArray();
            CellOriginsJson.Write(json, result);
            json.WritePropertyName("report");
            if (result.Report is { } report)
            {
                json.WriteRawValue(report.Render(RenderFormat.Json, new RenderOptions { Json = GovInfoJson.Options }));
            }
            else
            {
                json.WriteNullValue();
            }
        }

        json.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, ParseDiagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("code", diagnostic.Code);
        json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
        json.WriteString("message", diagnostic.Message);
        json.WriteString("cell", diagnostic.CellKey);
        if (diagnostic.Position is { } position)
        {
            json.WriteNumber("line", position.Line);
            json.WriteNumber("column", position.Column);
        }

        json.WriteEndObject();
    }
}

using System.Text.Json;
using ReportSchemaKit.Cli.Extraction;
using ReportSchemaKit.Parsing;

namespace ReportSchemaKit.Cli.Output;

/// <summary>
/// The <c>cells</c> array of <c>parse --format json</c>: per cell in the template's order its key, state, the evidence
/// that bound it and where it stands. The typed report beside it holds only values (a blank and a missing cell are
/// both <c>null</c> there), so this is where a user tells them apart and keeps only the cells bound on the evidence
/// they trust. The words are the extraction store's (<see cref="CellStateNames"/>): a filter reads the same in both.
/// </summary>
internal static class CellOriginsJson
{
    public static void Write(Utf8JsonWriter json, ReportParseResult result)
    {
        json.WriteStartArray("cells");
        if (result.Template is { } template)
        {
            foreach (var cell in template.Cells)
            {
                var origin = result.Cells[cell.Ordinal];
                json.WriteStartObject();
                json.WriteString("key", cell.Key);
                json.WriteString("state", CellStateNames.Of(origin.State));

                // null for a missing cell, as the store's NULL: nothing bound it.
                json.WriteString("binding", CellStateNames.Of(origin.Binding));
                json.WriteString("raw", origin.Raw);
                if (origin.Position is { } position)
                {
                    json.WriteNumber("line", position.Line);
                    json.WriteNumber("column", position.Column);
                    if (StoredCell.PageOf(position) is { } page)
                    {
                        json.WriteNumber("page", page);
                    }
                }

                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
    }
}

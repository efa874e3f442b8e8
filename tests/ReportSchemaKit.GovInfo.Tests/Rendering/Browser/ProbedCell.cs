using System.Text.Json.Serialization;

namespace ReportSchemaKit.GovInfo.Tests.Rendering.Browser;

/// <summary>One table cell as the browser laid it out (see <see cref="LayoutProbe"/>).</summary>
internal sealed record ProbedCell(
    [property: JsonPropertyName("tag")] string Tag,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("key")] string? Key,
    [property: JsonPropertyName("rowSpan")] int RowSpan,
    [property: JsonPropertyName("colSpan")] int ColSpan,
    [property: JsonPropertyName("classes")] string Classes,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("background")] string Background,
    [property: JsonPropertyName("box")] ProbedBox Box);

/// <summary>A cell's box in CSS pixels.</summary>
internal sealed record ProbedBox(
    [property: JsonPropertyName("left")] double Left,
    [property: JsonPropertyName("right")] double Right,
    [property: JsonPropertyName("top")] double Top,
    [property: JsonPropertyName("bottom")] double Bottom);

/// <summary>A table as the browser laid it out: its rows of cells.</summary>
internal sealed record ProbedTable(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("rows")] ProbedCell[][] Rows);

/// <summary>What the probe wrote.</summary>
internal sealed record ProbedPage([property: JsonPropertyName("tables")] ProbedTable[] Tables);

using System;
using ReportSchemaKit.Reports;

namespace ReportSchemaKit.Rendering;

/// <summary>
/// The one entry point for writing a report of any template version in any <see cref="RenderFormat"/>.
/// Every renderer is driven by the version's descriptor (<see cref="IReport.Template"/>) and
/// <see cref="IReport.GetValue"/>, so a new template version renders without new code.
/// </summary>
public static class ReportRenderer
{
    /// <summary>Writes the report in the format.</summary>
    /// <exception cref="InvalidOperationException">
    /// JSON was asked for without <see cref="RenderOptions.Json"/>, or with options whose resolver lacks the report's type.
    /// </exception>
    public static string Render(this IReport report, RenderFormat format, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= RenderOptions.Default;
        return format switch
        {
            RenderFormat.Markdown => MarkdownRenderer.Render(report, options),
            RenderFormat.Html => HtmlRenderer.Render(report, options),
            RenderFormat.Csv => CsvRenderer.Render(report, options),
            RenderFormat.Json => ReportJson.Serialize(report, options.Json
                ?? throw new InvalidOperationException(
                    $"JSON needs the System.Text.Json metadata of {report.GetType().Name}: set RenderOptions.Json to options with a source-generated context (GovInfoJson.Options for the official templates).")),
            RenderFormat.Text => TextRenderer.Render(report, options),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a render format."),
        };
    }

    /// <summary>The usual file extension of a format, without the dot.</summary>
    public static string FileExtension(RenderFormat format) => format switch
    {
        RenderFormat.Markdown => "md",
        RenderFormat.Html => "html",
        RenderFormat.Csv => "csv",
        RenderFormat.Json => "json",
        RenderFormat.Text => "txt",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a render format."),
    };
}

using ReportSchemaKit.Layout;

namespace ReportSchemaKit.Parsing;

/// <summary>How to parse a report.</summary>
public sealed record ParseOptions
{
    /// <summary>The default options: detect the layout and the version.</summary>
    public static ParseOptions Default { get; } = new();

    /// <summary>A version id to use instead of detecting one (for example <c>2021</c>).</summary>
    public string? Version { get; init; }

    /// <summary>A layout to use instead of detecting one from the content.</summary>
    public LayoutKind? Layout { get; init; }
}

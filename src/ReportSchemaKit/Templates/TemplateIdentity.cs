using System.Collections.Generic;

namespace ReportSchemaKit.Templates;

/// <summary>Who issued a template version and which report years it serves.</summary>
public sealed class TemplateIdentity
{
    /// <summary>The template family, for example <c>gov-info-disclosure</c>.</summary>
    public required string Family { get; init; }

    /// <summary>The version id, for example <c>2021</c>.</summary>
    public required string Version { get; init; }

    /// <summary>The title of the format.</summary>
    public required string Title { get; init; }

    /// <summary>The document that issued the format, for example 国办公开办函〔2021〕30号.</summary>
    public required string IssuedBy { get; init; }

    /// <summary>The first report year the version serves.</summary>
    public required int FirstYear { get; init; }

    /// <summary>The last report year it serves, or <c>null</c> while it is current.</summary>
    public int? LastYear { get; init; }

    /// <summary>Header texts that identify this version in a published table.</summary>
    public IReadOnlyList<string> Signatures { get; init; } = [];

    /// <summary>Documentation text from the template, or <c>null</c>.</summary>
    public string? Description { get; init; }

    /// <summary>True where the version serves reports of the given year.</summary>
    public bool AppliesToYear(int year) => year >= FirstYear && (LastYear is null || year <= LastYear);
}

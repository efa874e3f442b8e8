using System.Collections.Generic;

namespace ReportSchemaKit.Templates;

/// <summary>
/// A figure the report's prose states, as the template declares it (<c>claims:</c> in the YAML): the
/// wordings the figure directly follows, the wordings that state it is zero, and the cells it must equal.
/// </summary>
public sealed class ClaimInfo
{
    /// <summary>Stable claim id (for example <c>requests.new-received</c>).</summary>
    public required string Id { get; init; }

    /// <summary>What the figure counts, in Chinese (本年新收政府信息公开申请).</summary>
    public required string LabelZh { get; init; }

    /// <summary>What the figure counts, in English.</summary>
    public required string LabelEn { get; init; }

    /// <summary>The cells the figure must equal, as written in the template: <c>Requests.NewReceived.Total</c>.</summary>
    public required string Value { get; init; }

    /// <summary>
    /// Wordings the figure directly follows (新收政府信息公开申请); <c>…</c> stands for a few characters with
    /// no number and no clause break (新收…申请).
    /// </summary>
    public IReadOnlyList<string> Phrases { get; init; } = [];

    /// <summary>Wordings that state the figure is zero (未收到…政府信息公开申请).</summary>
    public IReadOnlyList<string> ZeroPhrases { get; init; } = [];

    /// <summary>Words that, earlier in the same clause, make a phrase speak of something else (主动 before 予以公开).</summary>
    public IReadOnlyList<string> NotAfter { get; init; } = [];

    /// <summary>Documentation text from the template, or <c>null</c>.</summary>
    public string? Description { get; init; }
}

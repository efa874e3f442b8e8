using System.Globalization;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Validation;

/// <summary>One place the prose states a claim's figure, and how it compares with the tables.</summary>
public sealed class ClaimMention
{
    /// <summary>Equal, different or uncertain (never <see cref="ClaimOutcome.NotStated"/>).</summary>
    public required ClaimOutcome Outcome { get; init; }

    /// <summary>The sentence the figure stands in, as written.</summary>
    public required string Sentence { get; init; }

    /// <summary>The statement itself: the phrase through the figure's unit (本年新收政府信息公开申请5件), or the zero statement (未收到政府信息公开申请).</summary>
    public required string Statement { get; init; }

    /// <summary>
    /// Where the statement starts in the source text: exact for the text layouts, the paragraph's start plus
    /// the offset for HTML (whose paragraphs are read with collapsed white space); <c>null</c> where the text had no position.
    /// </summary>
    public SourcePosition? Position { get; init; }

    /// <summary>The figure the prose states (0 for a zero statement).</summary>
    public required decimal Number { get; init; }

    /// <summary>True for an approximate figure (108余条, 约30件).</summary>
    public bool Approximate { get; init; }

    /// <summary>True where a wording states zero (未收到…申请, 无…行政复议) rather than writing a figure.</summary>
    public bool IsZeroStatement { get; init; }

    /// <summary>Why the outcome is what it is, in English: what the figure equals, or which reading it might mean.</summary>
    public required string Explanation { get; init; }

    /// <inheritdoc />
    public override string ToString()
    {
        var at = Position is { } position ? " @" + position : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{Outcome.ToString().ToLowerInvariant()}: 「{Statement}」{at} states {Number}; {Explanation}");
    }
}

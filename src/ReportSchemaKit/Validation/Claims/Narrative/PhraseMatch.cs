namespace ReportSchemaKit.Validation.Narrative;

/// <summary>Where a claim's wording matched in a clause, and what its gaps took in.</summary>
/// <param name="Start">Where the match starts in the clause.</param>
/// <param name="End">Where it ends (exclusive).</param>
/// <param name="Gaps">The text the wording's <c>…</c> gaps covered, gaps kept apart by <c>…</c>; empty for a wording without gaps.</param>
internal readonly record struct PhraseMatch(int Start, int End, string Gaps);

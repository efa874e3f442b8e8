using System.Collections.Generic;

namespace ReportSchemaKit.Validation.Narrative;

/// <summary>
/// Where a paragraph states a claim's figure: the phrase, and the figure bound to it (or a statement of
/// zero), before the figure is compared with the tables.
/// </summary>
/// <param name="Claim">The claim's index in the template's claims.</param>
/// <param name="PhraseStart">Where the phrase starts in the paragraph.</param>
/// <param name="End">Where the statement ends: after the figure's unit, or after a zero statement.</param>
/// <param name="Number">The figure, or 0 for a zero statement.</param>
/// <param name="Approximate">True for 108余条.</param>
/// <param name="IsZeroStatement">True where a wording such as 未收到…申请 states zero.</param>
/// <param name="Clause">The clause and sentence the statement stands in.</param>
/// <param name="Includes">Other claims a note after the figure says it includes (（含上年结转2件）), by index; empty for most.</param>
internal readonly record struct NarrativeMention(int Claim, int PhraseStart, int End, decimal Number, bool Approximate, bool IsZeroStatement, Clause Clause, IReadOnlyList<int> Includes);

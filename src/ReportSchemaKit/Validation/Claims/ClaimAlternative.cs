using System.Collections.Generic;

namespace ReportSchemaKit.Validation;

/// <summary>
/// Another reading of a claim's cells — one term of its sum alone, or the same rows in another column —
/// computed by generated code. A stated figure that equals it rather than the claim's value makes the
/// finding <see cref="ClaimOutcome.Uncertain"/>.
/// </summary>
/// <param name="Description">What the reading is: "Requests.NewReceived.NaturalPerson (自然人) instead of Total".</param>
/// <param name="Value">Its value, or <c>null</c> where a cell it reads is blank.</param>
/// <param name="Cells">The cells it reads.</param>
public sealed record ClaimAlternative(string Description, decimal? Value, IReadOnlyList<FindingCell> Cells);

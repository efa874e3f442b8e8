using System.Collections.Generic;

namespace ReportSchemaKit.Generator.Emitting.Claims;

// What the Claims template arranges: every text is finished C#, so the template never builds code.

/// <summary>One claim's value compiled into C#, with the readings a stated figure might have meant instead.</summary>
internal sealed class CompiledClaim
{
    /// <summary>The claim's index in the template's claims, which the runtime reads its id, label and phrases from.</summary>
    public int Index { get; set; }

    /// <summary>A comment: the claim id and its value as written.</summary>
    public string Comment { get; set; } = string.Empty;

    /// <summary>C# of type <c>decimal?</c>: the value the figure must equal.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>C# expressions building the cells the value reads.</summary>
    public List<string> Cells { get; } = [];

    public List<CompiledAlternative> Alternatives { get; } = [];
}

/// <summary>
/// Another reading of the same cells (one term of a sum alone, or another column of the same rows):
/// a figure that equals it rather than the value makes the finding uncertain, not different.
/// </summary>
internal sealed class CompiledAlternative
{
    /// <summary>What the reading is, as a C# literal: "Requests.NewReceived.NaturalPerson (自然人) instead of Total".</summary>
    public string DescriptionLiteral { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;

    public List<string> Cells { get; } = [];
}

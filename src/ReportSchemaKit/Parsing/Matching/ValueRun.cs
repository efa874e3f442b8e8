using System.Collections.Generic;

namespace ReportSchemaKit.Parsing.Matching;

/// <summary>The value tokens that follow one label, up to the next label.</summary>
internal sealed class ValueRun(RowOwner owner)
{
    public RowOwner Owner { get; } = owner;

    /// <summary>Token indexes; a text token here is a value that is not a number.</summary>
    public List<int> Tokens { get; } = [];
}

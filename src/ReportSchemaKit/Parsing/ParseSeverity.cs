namespace ReportSchemaKit.Parsing;

/// <summary>How much a parse diagnostic matters.</summary>
public enum ParseSeverity
{
    /// <summary>Worth knowing: an explicit empty marker, a converted unit, a label matched by a known variant.</summary>
    Info,

    /// <summary>The parser had to guess or leave a cell empty: a blank cell, a missing row, a label matched by tolerance.</summary>
    Warning,

    /// <summary>The input cannot be read as intended: no report tables, a value that is not a number.</summary>
    Error,
}

namespace ReportSchemaKit.Parsing.Matching;

/// <summary>How a label was recognised, best first.</summary>
internal enum MatchQuality
{
    None,

    /// <summary>The printed label, up to width, spacing and punctuation forms.</summary>
    Exact,

    /// <summary>A variant the template declares (规范性文件 for 行政规范性文件, a known typo).</summary>
    Variant,

    /// <summary>Without its numbering or without a trailing note in brackets.</summary>
    Loose,

    /// <summary>Within a small edit distance: a typo the template does not know.</summary>
    Fuzzy,
}

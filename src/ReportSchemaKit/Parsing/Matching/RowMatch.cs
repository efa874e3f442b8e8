namespace ReportSchemaKit.Parsing.Matching;

/// <summary>A token recognised as the label of a row.</summary>
internal readonly record struct RowMatch(int Row, MatchQuality Quality)
{
    public static RowMatch None => new(-1, MatchQuality.None);

    public bool Found => Quality != MatchQuality.None;
}

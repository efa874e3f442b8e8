namespace ReportSchemaKit.Parsing.Matching;

/// <summary>Who the values that follow belong to while a table is walked: nobody yet, a row, or a group header.</summary>
internal readonly record struct RowOwner(int Row, GroupSpan? Group, int LabelToken)
{
    public static RowOwner Nobody => new(-1, null, -1);

    public bool IsRow => Row >= 0;
}

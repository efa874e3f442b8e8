namespace ReportSchemaKit.Parsing.Matching.Alignment;

/// <summary>
/// What each way of giving a block to a row is worth. The alignment takes the assignment worth most; the weights
/// are chosen so that a label followed by its values always beats any shift of values onto a neighbouring row
/// (a shift gives up a label's bonus on every row it moves), and a consistent "label below its values" beats
/// reading each label with the next row's values.
/// </summary>
internal static class AlignmentScores
{
    private const int LabelledRow = 8;
    private const int LabelledRowOfBlanks = 2;
    private const int UnlabelledRow = 4;
    private const int UnlabelledRowOfBlanks = 1;
    private const int AfterLabelOnItsLine = 6;
    private const int AfterLabel = 4;
    private const int BeforeLabel = 2;

    /// <summary>The evidence that links the block to the row, given the run each row's label opens.</summary>
    public static BlockEvidence Evidence(in ValueBlock block, int labelRun)
    {
        if (labelRun < 0)
        {
            return BlockEvidence.Order;
        }

        if (block.Run == labelRun && block.FirstInRun)
        {
            return BlockEvidence.AfterLabel;
        }

        return block.Run + 1 == labelRun && block.LastInRun ? BlockEvidence.BeforeLabel : BlockEvidence.Order;
    }

    /// <summary>The score of giving the block to a row whose label opens run <paramref name="labelRun"/> (-1: no label found).</summary>
    public static int Score(in ValueBlock block, int labelRun)
    {
        if (labelRun < 0)
        {
            return block.HasValue ? UnlabelledRow : UnlabelledRowOfBlanks;
        }

        var score = block.HasValue ? LabelledRow : LabelledRowOfBlanks;
        return Evidence(block, labelRun) switch
        {
            BlockEvidence.AfterLabel => score + (block.SameLineAsLabel ? AfterLabelOnItsLine : AfterLabel),
            BlockEvidence.BeforeLabel => score + BeforeLabel,
            _ => score,
        };
    }
}

using System;

namespace ReportSchemaKit.Parsing.Matching.Alignment;

/// <summary>
/// What each way of giving a block to a row is worth. The alignment takes the assignment worth most. Explaining
/// blocks comes first — a block of values bound to a row with a label is worth most, to a row whose label was lost
/// less, a block of blanks little — and where near-equal assignments explain as much, a block's standing to its label
/// decides: right after it (on its line best), then right before it. The gap between the first weights and the
/// bonuses is what keeps a shift from winning: moving every row's values onto the next row gains each row a bonus
/// but leaves a block (or a labelled row) unexplained, and a whole table of rows never gains more bonuses than one
/// labelled block is worth.
/// </summary>
internal static class AlignmentScores
{
    /// <summary>Below any sum of real scores: an assignment no best alignment makes.</summary>
    public const int NotAllowed = -1_000_000;

    private const int LabelledRow = 150;
    private const int UnlabelledRow = 100;
    private const int LabelledRowOfBlanks = 20;
    private const int UnlabelledRowOfBlanks = 5;
    private const int AfterLabelOnItsLine = 4;
    private const int AfterLabel = 3;
    private const int BeforeLabel = 2;

    /// <summary>The evidence that links the block to the row, given the run each row's label opens.</summary>
    public static BlockEvidence Evidence(in ValueBlock block, int labelRun)
    {
        if (labelRun < 0)
        {
            return BlockEvidence.Order;
        }

        // Right after the label, or after a cluster of labels with no values that this label stands in: labels printed
        // before their values (reading order) could own the block as well as the last label does.
        if (block.FirstInRun && (block.Run == labelRun || (labelRun < block.Run && block.AfterEmptyLabels <= labelRun)))
        {
            return BlockEvidence.AfterLabel;
        }

        return block.NextLabelRun == labelRun && block.LastInRun ? BlockEvidence.BeforeLabel : BlockEvidence.Order;
    }

    /// <summary>The score of giving the block to a row whose label opens run <paramref name="labelRun"/> (-1: no label found).</summary>
    public static int Score(in ValueBlock block, int labelRun)
    {
        // Blank cells count little only in a grid, whose rows may be a label's line of empty cells; one per line, a
        // blank stands for its cell as much as a value does.
        var hasValue = block.HasValue || !block.LinesKnown;
        if (labelRun < 0)
        {
            return hasValue ? UnlabelledRow : UnlabelledRowOfBlanks;
        }

        // Where lines are rows, a row of values on a line of its own is as likely the next row's (whose label was
        // lost) as the row's whose label stands on another line: no better than order, so the two tie.
        var evidence = Evidence(block, labelRun);
        if (block.LinesKnown && !block.SameLineAsLabel && evidence != BlockEvidence.Order)
        {
            return hasValue ? UnlabelledRow : UnlabelledRowOfBlanks;
        }

        var score = hasValue ? LabelledRow : LabelledRowOfBlanks;

        // Next to a neighbouring label, a row whose label was found takes a printed row of values only by order, like a
        // row whose label was lost (labels printed a row off their values); never further off, and never values one per line, which may run column by
        // column (pdftotext's reading order), so that nothing says which row each belongs to.
        return evidence switch
        {
            BlockEvidence.AfterLabel => score + (block.SameLineAsLabel ? AfterLabelOnItsLine : AfterLabel),
            BlockEvidence.BeforeLabel => score + BeforeLabel,
            _ when block.OnOneLine && Math.Abs(block.Run - labelRun) <= 2 => hasValue ? UnlabelledRow : UnlabelledRowOfBlanks,
            _ => NotAllowed,
        };
    }
}

using System;
using System.Collections.Generic;

namespace ReportSchemaKit.Parsing.Matching.Alignment;

/// <summary>
/// The best ways to give a table's value blocks to its rows, keeping both in order (a table prints its rows in the
/// template's order): a dynamic programme over rows × blocks, forwards and backwards, so that for every row it is
/// known which blocks some best assignment gives it — one block in all of them is a certain binding, several are a
/// tie for the rules to break. Time and memory grow with rows × blocks, linear in the input.
/// </summary>
internal sealed class RowAlignment
{
    /// <summary>No more best assignments are listed than this; a tie wider than it stays unresolved.</summary>
    public const int MaxListed = 64;

    /// <summary>In place of a label's run: the row is bound already (a group printed as one row) and takes no block.</summary>
    public const int Closed = -2;


    private readonly int[] _labelRuns;
    private readonly IReadOnlyList<ValueBlock> _blocks;
    private readonly int _width;

    // _after[r, b]: the best score of rows r.. with blocks b..; _before[r, b]: of rows ..r-1 with blocks ..b-1.
    private readonly int[] _after;
    private readonly int[] _before;

    private RowAlignment(int[] labelRuns, IReadOnlyList<ValueBlock> blocks)
    {
        _labelRuns = labelRuns;
        _blocks = blocks;
        _width = blocks.Count + 1;
        var rows = labelRuns.Length;
        // Zeroed: the recurrences read the edges (row R, block B) as 0.
        _after = new int[(rows + 1) * _width];
        _before = new int[(rows + 1) * _width];
        for (var r = rows - 1; r >= 0; r--)
        {
            for (var b = blocks.Count - 1; b >= 0; b--)
            {
                _after[At(r, b)] = Math.Max(Math.Max(_after[At(r + 1, b)], _after[At(r, b + 1)]), Score(r, b) + _after[At(r + 1, b + 1)]);
            }
        }

        for (var r = 1; r <= rows; r++)
        {
            for (var b = 1; b <= blocks.Count; b++)
            {
                _before[At(r, b)] = Math.Max(Math.Max(_before[At(r - 1, b)], _before[At(r, b - 1)]), _before[At(r - 1, b - 1)] + Score(r - 1, b - 1));
            }
        }

        Best = _after[At(0, 0)];
    }

    /// <summary>The score of the best assignments.</summary>
    public int Best { get; }

    /// <summary>
    /// Aligns blocks with rows; <paramref name="labelRuns"/> gives, per row, the run its label opens (-1: no label found;
    /// <see cref="Closed"/>: the row takes no block).
    /// </summary>
    public static RowAlignment Solve(int[] labelRuns, IReadOnlyList<ValueBlock> blocks) => new(labelRuns, blocks);

    /// <summary>The score of giving block <paramref name="block"/> to row <paramref name="row"/>.</summary>
    public int Score(int row, int block) => _labelRuns[row] == Closed ? AlignmentScores.NotAllowed : AlignmentScores.Score(_blocks[block], _labelRuns[row]);

    /// <summary>True where some best assignment gives the block to the row.</summary>
    public bool InSomeBest(int row, int block) => _before[At(row, block)] + Score(row, block) + _after[At(row + 1, block + 1)] == Best;

    /// <summary>True where some best assignment gives the row no block.</summary>
    public bool UnassignedInSomeBest(int row)
    {
        for (var b = 0; b < _width; b++)
        {
            if (_before[At(row, b)] + _after[At(row + 1, b)] == Best)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The best assignments (block per row, -1 for none), up to <see cref="MaxListed"/>, where each row takes one of
    /// <paramref name="options"/> (per row: the blocks some best assignment gives it, and -1 where it may have none).
    /// </summary>
    public List<int[]> ListBest(IReadOnlyList<IReadOnlyList<int>> options)
    {
        var found = new List<int[]>();
        var chosen = new int[_labelRuns.Length];
        List(0, 0, 0, options, chosen, found);
        return found;
    }

    private void List(int row, int nextBlock, int score, IReadOnlyList<IReadOnlyList<int>> options, int[] chosen, List<int[]> found)
    {
        if (found.Count >= MaxListed || score + _after[At(row, nextBlock)] < Best)
        {
            return;
        }

        if (row == _labelRuns.Length)
        {
            found.Add((int[])chosen.Clone());
            return;
        }

        foreach (var block in options[row])
        {
            if (block < 0)
            {
                chosen[row] = -1;
                List(row + 1, nextBlock, score, options, chosen, found);
            }
            else if (block >= nextBlock)
            {
                chosen[row] = block;
                List(row + 1, block + 1, score + Score(row, block), options, chosen, found);
            }
        }
    }

    private int At(int row, int block) => (row * _width) + block;
}

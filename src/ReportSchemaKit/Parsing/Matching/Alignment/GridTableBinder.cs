using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportSchemaKit.Layout;
using ReportSchemaKit.Templates;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Parsing.Matching.Alignment;

/// <summary>
/// Binds a table printed one template row per line, from what the walk over it found: the runs of values, each after
/// the label (or group header) that opened it. Runs are cut into blocks of one row's worth of values; the blocks are
/// aligned with the rows (<see cref="RowAlignment"/>); a row takes values only where every best alignment gives it
/// the same block, or where the template's rules single out one of the tied alignments. Values that nothing places —
/// fewer than a row's columns with the blanks gone, a run that is no whole number of rows — stay unbound, named in a
/// diagnostic: a missing cell is a gap, a misplaced one a false finding.
/// </summary>
internal sealed class GridTableBinder
{
    /// <summary>More rows' worth of values than any table holds; the alignment looks at no more blocks than this.</summary>
    private const int MaxBlocks = 1024;

    private readonly ArraySegment<Token> _tokens;
    private readonly IReadOnlyList<SourceCell> _cells;
    private readonly ReportTemplate _template;
    private readonly CellBinder _binder;
    private readonly Func<decimal?[], RuleTally>? _ruleFailures;

    public GridTableBinder(ArraySegment<Token> tokens, IReadOnlyList<SourceCell> cells, ReportTemplate template, CellBinder binder, Func<decimal?[], RuleTally>? ruleFailures)
    {
        _tokens = tokens;
        _cells = cells;
        _template = template;
        _binder = binder;
        _ruleFailures = ruleFailures;
    }

    /// <summary>
    /// True once a table held several rows' worth of values one per line under one label, or its labels out of order
    /// with values one per line: the text may run column after column (pdftotext's reading order), so a later table's
    /// values one per line are not trusted to run row by row.
    /// </summary>
    public bool SawValuesOutOfRowOrder { get; private set; }

    /// <summary>
    /// Binds the table's rows from its runs (<paramref name="runs"/> index into <paramref name="values"/>, the value
    /// tokens in text order); <paramref name="labelsOutOfOrder"/> says the walk met an earlier row's label after a later row's.
    /// </summary>
    public void Bind(TableLabels table, IReadOnlyList<int> values, IReadOnlyList<(RowOwner Owner, int Start)> runs, bool[] labelled, bool labelsOutOfOrder)
    {
        if ((labelsOutOfOrder || HasLabelWithoutValues(runs)) && OnePerLine(values))
        {
            // One value per line, a label's values are known only by standing right after it. Where labels stand out
            // of order, or one stands with no values before the next (labels printed a row off their values, or
            // before a block of values), the run after a label may be another row's, and nothing shows whose. Nor is
            // the text then trusted to run row by row in a later table.
            SawValuesOutOfRowOrder = true;
            var seen = values.Where(t => _tokens[t].Kind != TokenKind.Blank).ToList();
            _binder.Report(ParseCodes.AmbiguousAlignment, ParseSeverity.Warning,
                $"Table {table.Table.Id}: its values stand one per line and its row labels {(labelsOutOfOrder ? "out of the template's order" : "not each before its own values (one has none before the next label)")}, so the values after a label may be another row's; its cells are missing (values seen: {Shown(seen)})",
                seen.Count > 0 ? _cells[seen[0]].Position : null, null);
            return;
        }

        var rows = table.Rows.Count;
        var bound = new bool[rows];
        var labelRuns = new int[rows];
        Array.Fill(labelRuns, -1);
        for (var k = 0; k < runs.Count; k++)
        {
            if (runs[k].Owner.IsRow)
            {
                labelRuns[runs[k].Owner.Row] = k;
            }
        }

        var blocks = new List<ValueBlock>();
        _rowByRow = RunsRowByRow(table, values, runs);
        _afterEmptyLabels = AfterEmptyLabels(values, runs);
        _nextLabelRun = NextLabelRuns(values, runs);
        for (var k = 0; k < runs.Count; k++)
        {
            var (owner, start) = runs[k];
            var end = k + 1 < runs.Count ? runs[k + 1].Start : values.Count;
            var run = Slice(values, start, end);
            if (owner.Group is { } group && TryBindGroupRow(table, group, run, labelled, bound, owner.LabelToken))
            {
                continue;
            }

            if (!CutBlocks(table, k, owner, start, run, blocks) && k > 0)
            {
                // This run's label is followed by values of its own that could not be placed: the run before it is
                // not this row's, so its last block does not stand right before this row's label.
                for (var b = blocks.Count - 1; b >= 0 && blocks[b].Run >= k - 1; b--)
                {
                    if (blocks[b].Run == k - 1 && blocks[b].LastInRun)
                    {
                        blocks[b] = blocks[b] with { LastInRun = false };
                    }
                }
            }
        }

        for (var row = 0; row < rows; row++)
        {
            labelRuns[row] = bound[row] ? RowAlignment.Closed : labelRuns[row];
        }

        if (blocks.Count > MaxBlocks)
        {
            // No table has thousands of rows' worth of values: past the first few thousand blocks (a runaway or hostile
            // input) the rest are named and left out, so the alignment's arrays stay small whatever the input.
            var columns = table.Table.Columns.Count;
            var rest = new List<int>();
            for (var b = MaxBlocks; b < blocks.Count; b++)
            {
                for (var c = 0; c < columns; c++)
                {
                    rest.Add(values[blocks[b].Start + c]);
                }
            }

            ReportUnplaced(ParseCodes.ExtraValues, ParseSeverity.Warning, table, rest.ToArray(),
                string.Create(CultureInfo.InvariantCulture, $"belong to no cell: they stand past the first {MaxBlocks} rows' worth of values, more than any table holds"));
            blocks.RemoveRange(MaxBlocks, blocks.Count - MaxBlocks);
        }

        var alignment = RowAlignment.Solve(labelRuns, blocks);
        var chosen = Choose(table, alignment, blocks, values, bound);
        var used = new bool[blocks.Count];
        for (var row = 0; row < rows; row++)
        {
            if (chosen[row].Block >= 0)
            {
                used[chosen[row].Block] = true;
                BindBlock(table, row, blocks[chosen[row].Block], values, Math.Max(labelRuns[row], -1), chosen[row].ByRules);
                bound[row] = true;
            }
        }

        // One diagnostic for all the blocks no row took: a runaway input has thousands of them.
        var unused = new List<int>();
        for (var b = 0; b < blocks.Count; b++)
        {
            if (!used[b] && blocks[b].HasValue)
            {
                unused.AddRange(Slice(values, blocks[b].Start, blocks[b].Start + table.Table.Columns.Count));
            }
        }

        ReportUnplaced(ParseCodes.ExtraValues, ParseSeverity.Warning, table, unused.ToArray(), "belong to no cell: no row of the table is left for them in order");

        for (var row = 0; row < rows; row++)
        {
            if (bound[row])
            {
                continue;
            }

            if (chosen[row].Block == Unresolved)
            {
                // The ambiguity's diagnostic names the row.
                continue;
            }

            var label = table.Table.Rows[row].Label;
            if (labelled[row])
            {
                var keys = _binder.KeysOf(table.Table, row).ToList();
                _binder.Report(ParseCodes.MissingValues, ParseSeverity.Warning,
                    $"Row {label} has no values that can be placed in its cells; missing: {string.Join(", ", keys)}",
                    _cells[runs[labelRuns[row]].Owner.LabelToken].Position, keys[0]);
            }
            else
            {
                _binder.Report(ParseCodes.RowNotFound, ParseSeverity.Warning, $"Row {label} of table {table.Table.Id} was not found; its cells are missing", null, null);
            }
        }
    }

    private const int Unresolved = -2;

    /// <summary>Per row, the block it takes (-1 none; <see cref="Unresolved"/> where a tie left it missing) and whether the rules chose it.</summary>
    private (int Block, bool ByRules)[] Choose(TableLabels table, RowAlignment alignment, List<ValueBlock> blocks, IReadOnlyList<int> values, bool[] bound)
    {
        var rows = table.Rows.Count;
        var options = new List<int>[rows];
        var tied = false;
        for (var row = 0; row < rows; row++)
        {
            options[row] = [];
            if (bound[row])
            {
                options[row].Add(-1);
                continue;
            }

            for (var b = 0; b < blocks.Count; b++)
            {
                if (alignment.InSomeBest(row, b))
                {
                    options[row].Add(b);
                }
            }

            if (options[row].Count == 0 || alignment.UnassignedInSomeBest(row))
            {
                options[row].Add(-1);
            }

            tied |= options[row].Count > 1;
        }

        var chosen = options.Select(o => (Block: o.Count == 1 ? o[0] : Unresolved, ByRules: false)).ToArray();
        return tied ? BreakTie(table, alignment, blocks, values, options, chosen) : chosen;
    }

    /// <summary>
    /// Several best alignments: bind the rows they agree on, then let the rules choose among the alignments — only one
    /// that breaks no rule the certain rows leave intact is taken; otherwise the disputed rows stay missing.
    /// </summary>
    private (int Block, bool ByRules)[] BreakTie(TableLabels table, RowAlignment alignment, List<ValueBlock> blocks, IReadOnlyList<int> values, List<int>[] options, (int Block, bool ByRules)[] chosen)
    {
        var disputed = Enumerable.Range(0, options.Length).Where(r => options[r].Count > 1).ToList();
        var candidates = alignment.ListBest(options);
        var consistent = new List<int[]>();
        if (_ruleFailures is not null && candidates.Count < RowAlignment.MaxListed)
        {
            var baseline = WithRows(table, blocks, values, chosen.Select(c => c.Block).ToArray(), r => chosen[r].Block >= 0);
            var floor = _ruleFailures(baseline);
            consistent.AddRange(candidates.Where(c => _ruleFailures(WithRows(table, blocks, values, c, r => c[r] >= 0)).Confirms(floor)));
        }

        var unresolved = new List<int>();
        foreach (var row in disputed)
        {
            var picks = consistent.Select(c => c[row]).Distinct().ToList();
            if (picks.Count == 1)
            {
                chosen[row] = (picks[0], picks[0] >= 0);
            }
            else
            {
                unresolved.Add(row);
            }
        }

        if (consistent.Count == 1)
        {
            _binder.Report(ParseCodes.ChosenByRules, ParseSeverity.Info,
                string.Create(CultureInfo.InvariantCulture, $"Table {table.Table.Id}: {candidates.Count} ways to place the values of rows {Rows(table, disputed)} explain the text equally; the rules hold for one of them, which was taken"),
                null, null);
        }

        if (unresolved.Count > 0)
        {
            var seen = unresolved.SelectMany(r => options[r]).Where(b => b >= 0).Distinct().Order()
                .SelectMany(b => Slice(values, blocks[b].Start, blocks[b].Start + table.Table.Columns.Count).ToArray()).Where(t => _tokens[t].Kind != TokenKind.Blank).ToList();
            var why = candidates.Count >= RowAlignment.MaxListed ? "too many ways to place them explain the text equally"
                : _ruleFailures is null ? string.Create(CultureInfo.InvariantCulture, $"{candidates.Count} ways to place them explain the text equally")
                : string.Create(CultureInfo.InvariantCulture, $"{candidates.Count} ways to place them explain the text equally, and the rules that tie rows together confirm {consistent.Count} of them");
            _binder.Report(ParseCodes.AmbiguousAlignment, ParseSeverity.Warning,
                $"Table {table.Table.Id}: the cells of rows {Rows(table, unresolved)} are missing: {why} (values seen: {Shown(seen)})",
                seen.Count > 0 ? _cells[seen[0]].Position : null, null);
            foreach (var row in unresolved)
            {
                chosen[row] = (Unresolved, false);
            }
        }

        return chosen;
    }

    /// <summary>The report's values so far with the given rows' blocks bound, on a scratch binder that reports nothing.</summary>
    private decimal?[] WithRows(TableLabels table, List<ValueBlock> blocks, IReadOnlyList<int> values, int[] blockOfRow, Func<int, bool> include)
    {
        var scratch = new CellBinder(_tokens, _cells, _template);
        _binder.Values.CopyTo(scratch.Values, 0);
        for (var row = 0; row < blockOfRow.Length; row++)
        {
            if (blockOfRow[row] >= 0 && include(row))
            {
                var start = blocks[blockOfRow[row]].Start;
                scratch.BindRow(table.Table, row, Slice(values, start, start + table.Table.Columns.Count), CellBinding.Rules);
            }
        }

        return scratch.Values;
    }

    private void BindBlock(TableLabels table, int row, ValueBlock block, IReadOnlyList<int> values, int labelRun, bool byRules)
    {
        var tokens = Slice(values, block.Start, block.Start + table.Table.Columns.Count);
        var evidence = AlignmentScores.Evidence(block, labelRun);
        var label = table.Table.Rows[row].Label;
        var position = _cells[tokens[0]].Position;
        if (byRules)
        {
            _binder.BindRow(table.Table, row, tokens, CellBinding.Rules);
            return;
        }

        switch (evidence)
        {
            case BlockEvidence.AfterLabel:
                _binder.BindRow(table.Table, row, tokens, CellBinding.Label);
                return;
            case BlockEvidence.BeforeLabel:
                _binder.Report(ParseCodes.LabelDisplaced, ParseSeverity.Info,
                    $"The label of row {label} stands after its values; the values before it were bound to it by the rows' order", position, null);
                break;
            default:
                _binder.Report(ParseCodes.RowBoundByPosition, ParseSeverity.Warning,
                    labelRun < 0
                        ? $"The label of row {label} was not found; the {tokens.Length} values at its position among the rows were bound to it"
                        : $"The values of row {label} do not follow its label; the {tokens.Length} values at its position among the rows were bound to it",
                    position, null);
                break;
        }

        _binder.BindRow(table.Table, row, tokens, CellBinding.Order);
    }

    /// <summary>
    /// Cuts a run into blocks of one row's worth of values: each physical row of a grid on its own (a grid keeps its
    /// blank cells, so a short row lost cells), or the whole run where the layout has a value per line.
    /// </summary>
    /// <returns>False where some of the run's values could not be placed.</returns>
    private bool CutBlocks(TableLabels table, int run, RowOwner owner, int runStart, int[] tokens, List<ValueBlock> blocks)
    {
        var columns = table.Table.Columns.Count;
        var labelRow = owner.IsRow ? _cells[owner.LabelToken].Row : -1;
        var first = blocks.Count;
        var placedSoFar = true;
        var allPlaced = true;
        foreach (var (segmentStart, segmentEnd, physicalRow) in Segments(tokens))
        {
            var (from, to) = TrimBlanks(tokens, segmentStart, segmentEnd, columns, leadingToo: physicalRow);
            if (to == from)
            {
                continue;
            }

            if (!physicalRow && to - from > columns && !_rowByRow)
            {
                // One value per line, several rows' worth: they may run row after row or column after column
                // (pdftotext's reading order), and nothing shows which.
                placedSoFar = false;
                allPlaced = false;
                SawValuesOutOfRowOrder = true;
                ReportUnplaced(ParseCodes.ValuesNotPlaced, ParseSeverity.Warning, table, tokens.AsSpan(from, to - from),
                    string.Create(CultureInfo.InvariantCulture, $"stand one per line {Where(table, owner)}, {to - from} where a row has {columns}; whether they run row after row or column after column, and which rows they belong to, is not shown, so they are not bound"));
                continue;
            }

            if ((to - from) % columns != 0)
            {
                placedSoFar = false;
                allPlaced = false;
                ReportUnplaced(ParseCodes.ValuesNotPlaced, ParseSeverity.Warning, table, tokens.AsSpan(from, to - from),
                    string.Create(CultureInfo.InvariantCulture, $"stand {Where(table, owner)}, {to - from} where a row has {columns} values; nothing shows which cells they belong to, so they are not bound"));
                continue;
            }

            for (var offset = from; offset < to; offset += columns)
            {
                var hasValue = false;
                for (var c = 0; c < columns; c++)
                {
                    hasValue |= _tokens[tokens[offset + c]].Kind != TokenKind.Blank;
                }

                blocks.Add(new ValueBlock(
                    runStart + offset,
                    run,
                    FirstInRun: placedSoFar && blocks.Count == first,
                    LastInRun: false,
                    SameLineAsLabel: labelRow >= 0 && _cells[tokens[offset]].Row == labelRow,
                    HasValue: hasValue,
                    LinesKnown: _cells[tokens[offset]].Row >= 0,
                    OnOneLine: _cells[tokens[offset]].Row >= 0 && _cells[tokens[offset + columns - 1]].Row == _cells[tokens[offset]].Row,
                    NextLabelRun: _nextLabelRun[run],
                    AfterEmptyLabels: _afterEmptyLabels[run]));
            }

            placedSoFar = true;
        }

        // The last block follows on to the next label only where no unplaced values stand between them.
        if (blocks.Count > first && placedSoFar)
        {
            blocks[^1] = blocks[^1] with { LastInRun = true };
        }

        return allPlaced;
    }

    private string Where(TableLabels table, RowOwner owner) =>
        owner.IsRow ? $"after the label of row {table.Table.Rows[owner.Row].Label}"
        : owner.Group is not null ? $"after the group header {_cells[owner.LabelToken].Text}"
        : "before the first row label";

    /// <summary>True where a row label is followed straight by another, with not even a blank cell between them.</summary>
    private static bool HasLabelWithoutValues(IReadOnlyList<(RowOwner Owner, int Start)> runs)
    {
        for (var k = 0; k + 1 < runs.Count; k++)
        {
            if (runs[k].Owner.IsRow && runs[k + 1].Owner.IsRow && runs[k + 1].Start == runs[k].Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True where no two values of the table share a line: a layout of one value per line.</summary>
    private bool OnePerLine(IReadOnlyList<int> values)
    {
        for (var i = 1; i < values.Count; i++)
        {
            if (_cells[values[i]].Row >= 0 && _cells[values[i]].Row == _cells[values[i - 1]].Row)
            {
                return false;
            }
        }

        return true;
    }

    // Whether the table being bound runs row by row (see RunsRowByRow).
    private bool _rowByRow;

    // Per run of the table being bound: the first run of the labels with no values right before it (see AfterEmptyLabels).
    private int[] _afterEmptyLabels = [];

    // Per run of the table being bound: the run the next row label opens (see NextLabelRuns).
    private int[] _nextLabelRun = [];

    /// <summary>
    /// Per run, the run the next row label opens, past group headers with no values of their own: values printed
    /// above their label stand before it with the group's heading (三、本年度办理结果) between them.
    /// </summary>
    private static int[] NextLabelRuns(IReadOnlyList<int> values, IReadOnlyList<(RowOwner Owner, int Start)> runs)
    {
        var next = new int[runs.Count];
        for (var k = runs.Count - 1; k >= 0; k--)
        {
            var j = k + 1;
            next[k] = j;
            if (j < runs.Count && runs[j].Owner.Group is not null)
            {
                var groupEnd = j + 1 < runs.Count ? runs[j + 1].Start : values.Count;
                next[k] = groupEnd == runs[j].Start ? next[j] : j;
            }
        }

        return next;
    }

    /// <summary>
    /// Per run, the first of the row labels with no values at all that stand right before its label: where labels are
    /// printed in a cluster before their values, each of them may own the values that follow the last.
    /// </summary>
    private static int[] AfterEmptyLabels(IReadOnlyList<int> values, IReadOnlyList<(RowOwner Owner, int Start)> runs)
    {
        var first = new int[runs.Count];
        for (var k = 0; k < runs.Count; k++)
        {
            first[k] = k;
            var j = k - 1;
            while (j >= 0 && runs[j].Owner.IsRow && runs[j + 1].Start == runs[j].Start)
            {
                first[k] = j--;
            }
        }

        return first;
    }

    /// <summary>
    /// True where the table's values, one per line, are seen to run row by row: every row label found is followed by
    /// a whole number of rows' worth of values. Then several rows' worth after one label are that row's and the next
    /// rows' (whose labels were lost). Text in pdftotext's reading order fails this: labels stand in clusters with no
    /// values after them, and values in runs that are no whole number of rows.
    /// </summary>
    private bool RunsRowByRow(TableLabels table, IReadOnlyList<int> values, IReadOnlyList<(RowOwner Owner, int Start)> runs)
    {
        var columns = table.Table.Columns.Count;
        for (var k = 0; k < runs.Count; k++)
        {
            if (!runs[k].Owner.IsRow)
            {
                continue;
            }

            // The run's length without blanks at its ends, as TrimBlanks would leave it (no copy: this runs per table).
            var from = runs[k].Start;
            var to = k + 1 < runs.Count ? runs[k + 1].Start : values.Count;
            while (to - from > columns && _tokens[values[to - 1]].Kind == TokenKind.Blank)
            {
                to--;
            }

            while (to - from > columns && _tokens[values[from]].Kind == TokenKind.Blank)
            {
                from++;
            }

            if (to == from || (to - from) % columns != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The physical rows of a run, where the layout has rows holding several values; the whole run as one segment
    /// where each value stands alone on its line (one cell per line) or the layout has no rows.
    /// </summary>
    private IEnumerable<(int Start, int End, bool PhysicalRow)> Segments(int[] tokens)
    {
        var several = false;
        for (var i = 1; i < tokens.Length && !several; i++)
        {
            several = _cells[tokens[i]].Row >= 0 && _cells[tokens[i]].Row == _cells[tokens[i - 1]].Row;
        }

        if (!several)
        {
            yield return (0, tokens.Length, false);
            yield break;
        }

        var start = 0;
        for (var i = 1; i <= tokens.Length; i++)
        {
            if (i == tokens.Length || _cells[tokens[i]].Row != _cells[tokens[start]].Row)
            {
                yield return (start, i, true);
                start = i;
            }
        }
    }

    private bool AllBlank(int[] tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (_tokens[tokens[i]].Kind != TokenKind.Blank)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Blank cells at either end of a segment longer than a row are layout gaps, not cells; a segment of blanks only is nothing.</summary>
    /// <remarks>
    /// One value per line, a leading blank is kept: it may be the row's first cell, with a value of the next row's
    /// (whose label is lost or glued to a value) at the end, so trimming it would shift every value a cell left.
    /// </remarks>
    private (int From, int To) TrimBlanks(int[] tokens, int from, int to, int columns, bool leadingToo = true)
    {
        // Blanks at both ends of a segment too long for a row: which end is the gap (an empty label cell, a padding
        // cell) is not shown, and trimming the wrong one shifts every value a cell, so neither is trimmed.
        if (to - from > columns && leadingToo && _tokens[tokens[from]].Kind == TokenKind.Blank && _tokens[tokens[to - 1]].Kind == TokenKind.Blank
            && !AllBlank(tokens, from, to))
        {
            return (from, to);
        }

        while (to - from > columns && _tokens[tokens[to - 1]].Kind == TokenKind.Blank)
        {
            to--;
        }

        while (leadingToo && to - from > columns && _tokens[tokens[from]].Kind == TokenKind.Blank)
        {
            from++;
        }

        if (to - from != columns)
        {
            var allBlank = true;
            for (var i = from; i < to; i++)
            {
                allBlank &= _tokens[tokens[i]].Kind == TokenKind.Blank;
            }

            if (allBlank)
            {
                return (from, from);
            }
        }

        return (from, to);
    }

    /// <summary>
    /// A grouping header printed as a row of its own with values, where the format splits it into sub-rows
    /// (（六）其他处理 as one row on the 2021 format): zeros split into zeros; anything else cannot be split.
    /// Returns false where the run is not such a row (its sub-rows have labels of their own, or it is not one row's worth).
    /// </summary>
    private bool TryBindGroupRow(TableLabels table, GroupSpan group, int[] run, bool[] labelled, bool[] bound, int labelToken)
    {
        var columns = table.Table.Columns.Count;
        var subRows = group.Last - group.First + 1;
        var (from, to) = TrimBlanks(run, 0, run.Length, columns);
        if (to == from)
        {
            return true;
        }

        var tokens = run[from..to];
        if (tokens.Length != columns || labelled.AsSpan(group.First, subRows).Contains(true))
        {
            return false;
        }

        var position = _cells[labelToken].Position;
        var label = _cells[labelToken].Text;
        var allZero = true;
        foreach (var t in tokens)
        {
            allZero &= _tokens[t].Kind == TokenKind.Number && CellValueParser.Parse(_cells[t].Text).Value == 0m;
        }

        _binder.Report(ParseCodes.GroupPrintedAsRow, ParseSeverity.Warning,
            allZero
                ? $"{label} is printed as one row where the format has {subRows} sub-rows; as every value of the printed row is 0, each sub-row is taken as 0"
                : $"{label} is printed as one row where the format has {subRows} sub-rows; its values cannot be shared out, so the sub-rows are missing",
            position, null);
        for (var row = group.First; row <= group.Last; row++)
        {
            if (allZero)
            {
                _binder.BindRow(table.Table, row, tokens, CellBinding.Label);
            }

            bound[row] = true;
        }

        return true;
    }

    private void ReportUnplaced(string code, ParseSeverity severity, TableLabels table, ReadOnlySpan<int> tokens, string what)
    {
        var shown = new List<int>();
        foreach (var t in tokens)
        {
            if (_tokens[t].Kind != TokenKind.Blank)
            {
                shown.Add(t);
            }
        }

        if (shown.Count == 0)
        {
            return;
        }

        _binder.Report(code, severity,
            string.Create(CultureInfo.InvariantCulture, $"Table {table.Table.Id} has {shown.Count} value(s) that {what}: {Shown(shown)}"),
            _cells[shown[0]].Position, null);
    }

    private string Shown(List<int> tokens) => ValuesSeen.Describe(_cells, tokens);

    private static string Rows(TableLabels table, IEnumerable<int> rows) => string.Join(", ", rows.Select(r => table.Table.Rows[r].Id));

    private static int[] Slice(IReadOnlyList<int> values, int start, int end)
    {
        var slice = new int[end - start];
        for (var i = 0; i < slice.Length; i++)
        {
            slice[i] = values[start + i];
        }

        return slice;
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using ReportSchemaKit.Layout;
using ReportSchemaKit.Templates;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Parsing.Matching;

/// <summary>
/// Walks a template's tables over the token stream. Each table is found by its anchor (its label, its
/// section's heading, a header caption); inside it, row labels are recognised in order and the values
/// that follow a label belong to that row. Where a label was lost, a run holding several rows' worth
/// of values is shared out by position; where a cell is blank or odd, it becomes a diagnostic. The
/// walk never fails: what it cannot find is missing, with a diagnostic that says so.
/// </summary>
internal sealed class ReportMatcher
{
    private readonly ArraySegment<Token> _tokens;

    // The cells the tokens were made from, index for index.
    private readonly IReadOnlyList<SourceCell> _cells;
    private readonly TemplateLabels _labels;
    private readonly CellBinder _binder;
    private readonly bool[] _tableTokens;

    // Per token, a bit per table whose start the token marks: its anchor, or the label of its first row.
    private readonly ulong[] _startBits;
    private int _tablesFound;

    // Labels broken over cells are run together here, so trying them allocates nothing.
    private char[] _joined = new char[3 * Tokenizer.MaxLabelLength];

    // The value tokens of the table being read, and where each label's run of them starts.
    private readonly List<int> _runTokens = [];
    private readonly List<(RowOwner Owner, int Start)> _runs = [];

    private ReportMatcher(ArraySegment<Token> tokens, IReadOnlyList<SourceCell> cells, ReportTemplate template, ParseScratch scratch)
    {
        _tokens = tokens;
        _cells = cells;
        _labels = TemplateLabels.For(template);
        _binder = new CellBinder(tokens, cells, template);
        _tableTokens = new bool[tokens.Count];
        _startBits = IndexTableStarts(tokens, _labels, scratch.StartBits(tokens.Count));
    }

    /// <summary>One pass that marks which tokens start which tables, so finding a table never rescans the input.</summary>
    private static ulong[] IndexTableStarts(ArraySegment<Token> tokens, TemplateLabels labels, ulong[] starts)
    {
        var tables = Math.Min(labels.Tables.Count, 64);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsText || tokens[i].Key.Length == 0)
            {
                continue;
            }

            for (var k = 0; k < tables; k++)
            {
                var table = labels.Tables[k];
                if (IsAnchor(table, tokens[i].Key) || (table.Rows.Count > 0 && tokens[i].Key == table.Rows[0].Label))
                {
                    starts[i] |= 1UL << k;
                }
            }
        }

        return starts;
    }

    public static MatchOutcome Match(ArraySegment<Token> tokens, IReadOnlyList<SourceCell> cells, ReportTemplate template, ParseScratch scratch)
    {
        var matcher = new ReportMatcher(tokens, cells, template, scratch);
        matcher.MatchTables();
        return new MatchOutcome(matcher._binder.Values, matcher._binder.Origins, matcher._binder.Diagnostics, matcher._tablesFound, matcher._binder.CellsBound, matcher._tableTokens);
    }

    private void MatchTables()
    {
        var cursor = 0;
        for (var k = 0; k < _labels.Tables.Count; k++)
        {
            var table = _labels.Tables[k];
            var anchor = FindAnchor(k, cursor);
            var start = anchor >= 0 ? anchor + 1 : cursor;
            var end = FindEnd(k, start);
            var last = table.Table.Layout.Body == TableBodyLayout.SingleRow
                ? ReadSingleRow(table, start, end, anchored: anchor >= 0)
                : ReadGrid(table, start, end);
            if (last < 0)
            {
                _binder.Report(ParseCodes.TableNotFound, ParseSeverity.Error,
                    $"Table {table.Table.Id} ({table.Table.Label}) was not found; its cells are missing",
                    anchor >= 0 ? _cells[anchor].Position : null, null);
                continue;
            }

            _tablesFound++;
            var from = anchor >= 0 ? anchor : start;
            Array.Fill(_tableTokens, true, from, last - from + 1);
            cursor = last + 1;
        }
    }

    /// <summary>The first token at or after <paramref name="from"/> that marks the table's start, or -1.</summary>
    private int FindAnchor(int tableIndex, int from)
    {
        var bit = 1UL << tableIndex;
        for (var i = from; i < _tokens.Count; i++)
        {
            if ((_startBits[i] & bit) != 0 && IsAnchor(_labels.Tables[tableIndex], _tokens[i].Key))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsAnchor(TableLabels table, ReadOnlySpan<char> key)
    {
        var anchors = table.Anchors;
        for (var a = 0; a < anchors.Count; a++)
        {
            var anchor = anchors[a];
            // A heading may carry its numbering or a short prefix ("三、" + the table label), but a
            // sentence of prose that merely mentions the heading is much longer and is not an anchor.
            if (key.SequenceEqual(anchor) || (anchor.Length >= 6 && key.Length <= anchor.Length + 6 && key.IndexOf(anchor, StringComparison.Ordinal) >= 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the table's tokens end: the first token that starts a later table.</summary>
    private int FindEnd(int tableIndex, int start)
    {
        var own = _labels.Tables[tableIndex];
        var later = tableIndex >= 63 ? 0UL : ~((2UL << tableIndex) - 1);
        for (var i = start; i < _tokens.Count; i++)
        {
            // A later table's heading, or its first row's label where it is not also one of ours.
            if ((_startBits[i] & later) != 0 && !own.Headers.Contains(_tokens[i].Key) && !LabelMatcher.MatchRow(own, _tokens[i].Key, 0).Found)
            {
                return i;
            }
        }

        return _tokens.Count;
    }

    /// <summary>Reads a table printed one model row per line; returns the last token used, or -1 where no row was found.</summary>
    private int ReadGrid(TableLabels table, int start, int end)
    {
        _runTokens.Clear();
        _runs.Clear();
        _runs.Add((RowOwner.Nobody, 0));
        var labelled = new bool[table.Rows.Count];
        var expected = 0;
        var last = -1;
        for (var i = start; i < end;)
        {
            var token = _tokens[i];
            if (token.IsValue)
            {
                _runTokens.Add(i);
                last = i++;
                continue;
            }

            if (!token.IsText)
            {
                i++;
                continue;
            }

            var (match, used) = MatchLabel(table, i, end, expected);
            if (match.Found)
            {
                labelled[match.Row] = true;
                _binder.NoteLabel(table.Table.Rows[match.Row], match.Quality, i);
                _runs.Add((new RowOwner(match.Row, null, i), _runTokens.Count));
                expected = match.Row + 1;
                last = i + used - 1;
                i += used;
                continue;
            }

            if (table.Headers.Contains(token.Key))
            {
                i++;
                continue;
            }

            var (group, groupUsed) = MatchGroup(table, i, end);
            if (group is { } span)
            {
                _runs.Add((new RowOwner(-1, span, i), _runTokens.Count));
                i += groupUsed;
                continue;
            }

            if (IsHeader(table, i, end, out var headerUsed))
            {
                i += headerUsed;
                continue;
            }

            if (_runs[^1].Owner.IsRow && _runTokens.Count - _runs[^1].Start < table.Table.Columns.Count && LooksLikeMistypedValue(i))
            {
                _runTokens.Add(i);
                last = i;
            }

            i++;
        }

        if (!labelled.Contains(true))
        {
            return -1;
        }

        BindRuns(table, labelled);
        return last;
    }

    /// <summary>The keys of <paramref name="count"/> tokens from <paramref name="i"/> run together, in a reused buffer.</summary>
    private ReadOnlySpan<char> JoinKeys(int i, int count)
    {
        var length = 0;
        for (var k = i; k < i + count; k++)
        {
            var key = _tokens[k].Key;
            if (length + key.Length > _joined.Length)
            {
                Array.Resize(ref _joined, Math.Max(_joined.Length * 2, length + key.Length));
            }

            key.CopyTo(_joined.AsSpan(length));
            length += key.Length;
        }

        return _joined.AsSpan(0, length);
    }

    /// <summary>How many text tokens from <paramref name="i"/> (at most three, before <paramref name="end"/>) may form one label.</summary>
    private int TextRun(int i, int end)
    {
        var count = 1;
        while (count < 3 && i + count < end && _tokens[i + count].IsText)
        {
            count++;
        }

        return count;
    }

    /// <summary>A row label at token <paramref name="i"/>, alone or run together from up to three text cells.</summary>
    private (RowMatch Match, int Used) MatchLabel(TableLabels table, int i, int end, int expected)
    {
        var key = _tokens[i].Key;
        var match = LabelMatcher.MatchExact(table, key, expected);
        if (match.Found || table.Headers.Contains(key) || LabelMatcher.IsGroup(table, key, out _))
        {
            // A header cell is not tried as a misspelt row label: most cells of a table's head are headers.
            return (match, 1);
        }

        match = LabelMatcher.MatchTolerant(table, key, expected);
        if (match.Found)
        {
            return (match, 1);
        }

        // Conversions break long labels over cells: "(三)不予" + "公开", "1.本机关不掌握" + "相关政府信息".
        var available = TextRun(i, end);
        for (var used = 2; used <= available; used++)
        {
            match = LabelMatcher.MatchRow(table, JoinKeys(i, used), expected);
            if (match.Found)
            {
                return (match, used);
            }
        }

        return (RowMatch.None, 1);
    }

    private (GroupSpan? Span, int Used) MatchGroup(TableLabels table, int i, int end)
    {
        var available = TextRun(i, end);
        for (var used = 1; used <= available; used++)
        {
            if (LabelMatcher.IsGroup(table, JoinKeys(i, used), out var span))
            {
                return (span, used);
            }
        }

        return (null, 1);
    }

    private bool IsHeader(TableLabels table, int i, int end, out int used)
    {
        var available = TextRun(i, end);
        for (used = 1; used <= available; used++)
        {
            var key = JoinKeys(i, used);
            if (table.IsHeader(key) || IsAnchor(table, key))
            {
                return true;
            }
        }

        used = 1;
        return false;
    }

    /// <summary>Short text without Chinese where a number belongs, such as "12a" or "1O": a value gone wrong.</summary>
    private bool LooksLikeMistypedValue(int i)
    {
        var text = _cells[i].Text.AsSpan();
        return text.Length <= 16 && text.IndexOfAnyInRange('0', '9') >= 0 && text.IndexOfAnyInRange('\u3400', '\u9FFF') < 0;
    }

    /// <summary>
    /// Shares each run of values out to its row. A run longer than one row continues into the
    /// following rows whose labels were not found (lost in conversion), by position; what is left
    /// over belongs to no cell and is reported.
    /// </summary>
    private void BindRuns(TableLabels table, bool[] labelled)
    {
        var columns = table.Table.Columns.Count;
        var bound = new bool[table.Rows.Count];
        ReadOnlySpan<int> all = CollectionsMarshal.AsSpan(_runTokens);
        for (var r = 0; r < _runs.Count; r++)
        {
            var (owner, runStart) = _runs[r];
            var runEnd = r + 1 < _runs.Count ? _runs[r + 1].Start : all.Length;
            var tokens = TrimBlanks(all[runStart..runEnd], columns);
            if (owner.Group is { } group)
            {
                if (tokens.Length > 0)
                {
                    BindGroupRow(table, group, tokens, labelled, bound, owner.LabelToken);
                }

                continue;
            }

            var taken = 0;
            var row = owner.IsRow ? owner.Row : 0;
            if (owner.IsRow)
            {
                bound[row] = true;
                taken = Math.Min(columns, tokens.Length);
                _binder.BindRow(table.Table, row, tokens[..taken], _cells[owner.LabelToken].Position);
                row++;
            }

            while (tokens.Length - taken >= columns && row < table.Rows.Count && !labelled[row] && !bound[row])
            {
                _binder.Report(ParseCodes.RowBoundByPosition, ParseSeverity.Warning,
                    $"The label of row {table.Table.Rows[row].Label} was not found; the {columns} values at its position were bound to it",
                    _cells[tokens[taken]].Position, null);
                _binder.BindRow(table.Table, row, tokens.Slice(taken, columns), _cells[tokens[taken]].Position);
                bound[row] = true;
                taken += columns;
                row++;
            }

            if (taken < tokens.Length)
            {
                ReportExtra(table, tokens[taken..], owner.IsRow ? $"after row {table.Table.Rows[owner.Row].Label}" : "before the first row label");
            }
        }

        for (var row = 0; row < table.Rows.Count; row++)
        {
            if (!bound[row])
            {
                _binder.Report(ParseCodes.RowNotFound, ParseSeverity.Warning,
                    $"Row {table.Table.Rows[row].Label} of table {table.Table.Id} was not found; its cells are missing", null, null);
            }
        }
    }

    /// <summary>
    /// A grouping header printed as a row of its own with values, where the format splits it into
    /// sub-rows (（六）其他处理 as one row on the 2021 format): zeros split into zeros; anything else cannot be split.
    /// </summary>
    private void BindGroupRow(TableLabels table, GroupSpan group, ReadOnlySpan<int> tokens, bool[] labelled, bool[] bound, int labelToken)
    {
        var columns = table.Table.Columns.Count;
        var subRows = group.Last - group.First + 1;
        var position = _cells[labelToken].Position;
        var label = _cells[labelToken].Text;
        if (tokens.Length != columns || labelled.AsSpan(group.First, subRows).Contains(true))
        {
            ReportExtra(table, tokens, $"after the group header {label}");
            return;
        }

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
        if (!allZero)
        {
            return;
        }

        for (var row = group.First; row <= group.Last; row++)
        {
            _binder.BindRow(table.Table, row, tokens, position);
            bound[row] = true;
        }
    }

    /// <summary>Blank cells at either end of a run longer than a row are layout gaps, not cells.</summary>
    private ReadOnlySpan<int> TrimBlanks(ReadOnlySpan<int> tokens, int columns)
    {
        while (tokens.Length > columns && _tokens[tokens[^1]].Kind == TokenKind.Blank)
        {
            tokens = tokens[..^1];
        }

        while (tokens.Length > columns && _tokens[tokens[0]].Kind == TokenKind.Blank)
        {
            tokens = tokens[1..];
        }

        if (tokens.Length != columns)
        {
            var allBlank = true;
            foreach (var t in tokens)
            {
                allBlank &= _tokens[t].Kind == TokenKind.Blank;
            }

            if (allBlank)
            {
                return [];
            }
        }

        return tokens;
    }

    private const int ExtraValuesShown = 10;

    private void ReportExtra(TableLabels table, ReadOnlySpan<int> tokens, string where)
    {
        var shown = new List<string>(ExtraValuesShown);
        int count = 0;
        SourcePosition? first = null;
        foreach (var t in tokens)
        {
            if (_tokens[t].Kind != TokenKind.Blank)
            {
                first ??= _cells[t].Position;
                if (count++ < ExtraValuesShown)
                {
                    shown.Add("'" + _cells[t].Text + "'");
                }
            }
        }

        if (count == 0)
        {
            return;
        }

        // A runaway input can put thousands of values here; the message names the first few and counts the rest.
        string more = count > ExtraValuesShown ? string.Create(CultureInfo.InvariantCulture, $" and {count - ExtraValuesShown} more") : string.Empty;
        _binder.Report(ParseCodes.ExtraValues, ParseSeverity.Warning,
            string.Create(CultureInfo.InvariantCulture, $"Table {table.Table.Id} has {count} value(s) {where} that belong to no cell: {string.Join(", ", shown)}{more}"),
            first, null);
    }

    /// <summary>Reads a table printed as one line of values (section 四's fifteen numbers); returns the last token used, or -1.</summary>
    private int ReadSingleRow(TableLabels table, int start, int end, bool anchored)
    {
        var needed = table.Rows.Count * table.Table.Columns.Count;
        var values = new List<int>();
        var sawHeader = anchored;
        var started = false;
        var i = start;
        for (; i < end && values.Count < needed; i++)
        {
            var token = _tokens[i];
            if (token.IsValue)
            {
                values.Add(i);
                started |= token.Kind != TokenKind.Blank;
                continue;
            }

            if (!token.IsText || (!started && (IsHeader(table, i, end, out _) || LabelMatcher.MatchRow(table, token.Key, 0).Found)))
            {
                sawHeader |= token.IsText;
                if (token.IsText)
                {
                    // Blanks among the header cells are layout gaps, not the table's first cells.
                    values.Clear();
                }

                continue;
            }

            if (started && LooksLikeMistypedValue(i))
            {
                values.Add(i);
                continue;
            }

            if (started)
            {
                break;
            }

            values.Clear();
            started = false;
        }

        // A blank before the values is a gap rather than the first cell only where one more value follows.
        while (values.Count == needed && _tokens[values[0]].Kind == TokenKind.Blank && i < end && _tokens[i].Kind is TokenKind.Number or TokenKind.EmptyMarker)
        {
            values.RemoveAt(0);
            values.Add(i++);
        }

        // Numbers with no heading or header cell before them are not this table.
        if (!sawHeader || !started)
        {
            return -1;
        }

        var columns = table.Table.Columns.Count;
        ReadOnlySpan<int> all = CollectionsMarshal.AsSpan(values);
        for (var row = 0; row < table.Rows.Count; row++)
        {
            var from = Math.Min(row * columns, all.Length);
            var slice = all.Slice(from, Math.Min(columns, all.Length - from));
            _binder.BindRow(table.Table, row, slice, _cells[slice.Length > 0 ? slice[0] : values[^1]].Position);
        }

        return values[^1];
    }
}

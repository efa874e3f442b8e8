using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using ReportSchemaKit.Layout;
using ReportSchemaKit.Parsing.Matching.Alignment;
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
    private readonly GridTableBinder _grid;
    private readonly bool[] _tableTokens;

    // Per token, a bit per table whose start the token marks: its anchor, or the label of its first row.
    private readonly ulong[] _startBits;
    private int _tablesFound;

    // Labels broken over cells are run together here, so trying them allocates nothing.
    private char[] _joined = new char[3 * Tokenizer.MaxLabelLength];

    // The value tokens of the table being read, and where each label's run of them starts.
    private readonly List<int> _runTokens = [];
    private readonly List<(RowOwner Owner, int Start)> _runs = [];

    private ReportMatcher(ArraySegment<Token> tokens, IReadOnlyList<SourceCell> cells, ReportTemplate template, ParseScratch scratch, Func<decimal?[], RuleTally>? ruleFailures)
    {
        _tokens = tokens;
        _cells = cells;
        _labels = TemplateLabels.For(template);
        _binder = new CellBinder(tokens, cells, template);
        _grid = new GridTableBinder(tokens, cells, template, _binder, ruleFailures);
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

    /// <summary>Matches the template's tables; <paramref name="ruleFailures"/> counts the rules a set of values breaks, to break ties between alignments (null: ties stay unresolved).</summary>
    public static MatchOutcome Match(ArraySegment<Token> tokens, IReadOnlyList<SourceCell> cells, ReportTemplate template, ParseScratch scratch, Func<decimal?[], RuleTally>? ruleFailures = null)
    {
        var matcher = new ReportMatcher(tokens, cells, template, scratch, ruleFailures);
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
        var outOfOrder = false;
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

            // An earlier row's label after a later row's: labels were moved off their values (a converter displaced them).
            outOfOrder |= !match.Found && IsEarlierLabel(table, token.Key, expected, labelled);
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

        _grid.Bind(table, _runTokens, _runs, labelled, outOfOrder);
        return last;
    }

    /// <summary>True where the key is exactly the label of a row before <paramref name="expected"/> not seen yet.</summary>
    private static bool IsEarlierLabel(TableLabels table, string key, int expected, bool[] labelled)
    {
        if (key.Length == 0 || !table.TryGetExact(key, out var matches))
        {
            return false;
        }

        foreach (var match in matches)
        {
            if (match.Row < expected && !labelled[match.Row])
            {
                return true;
            }
        }

        return false;
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

    /// <summary>
    /// Short text without Chinese where a number belongs, such as "12a" or "1O": a value gone wrong. A number in
    /// brackets, （0）, is a note or a lost column's value printed loose, not a cell.
    /// </summary>
    private bool LooksLikeMistypedValue(int i)
    {
        var text = _cells[i].Text.AsSpan().Trim();
        return text.Length <= 16 && text.IndexOfAnyInRange('0', '9') >= 0 && text.IndexOfAnyInRange('\u3400', '\u9FFF') < 0
            && !(text[0] is '(' or '（' or '[' or '【');
    }

    /// <summary>
    /// Reads a table printed as one line of values (section 四's fifteen numbers), or as one small table per row headed
    /// by the row's name; returns the last token used, or -1. Values are bound only where the printed shape places
    /// them: every value of the line, in the header's order, or a row's worth after each row's own heading.
    /// </summary>
    private int ReadSingleRow(TableLabels table, int start, int end, bool anchored)
    {
        var columns = table.Table.Columns.Count;
        var needed = table.Rows.Count * columns;
        var segments = new List<(int Row, List<int> Values)> { (-1, []) };
        var total = 0;
        var sawHeader = anchored;
        var started = false;
        var i = start;
        for (; i < end && total < needed; i++)
        {
            var token = _tokens[i];
            var current = segments[^1].Values;
            if (token.IsValue)
            {
                current.Add(i);
                total++;
                started |= token.Kind != TokenKind.Blank;
                continue;
            }

            if (!token.IsText)
            {
                continue;
            }

            var heading = HeadingOf(table, token.Key);
            if (heading.Found || (!started && IsHeader(table, i, end, out _)))
            {
                // Blanks among the header cells are layout gaps, not the table's first cells.
                total -= started ? 0 : current.Count;
                if (!started)
                {
                    current.Clear();
                }

                if (heading.Found)
                {
                    if (started || segments[^1].Row >= 0)
                    {
                        segments.Add((heading.Row, []));
                    }
                    else
                    {
                        segments[^1] = (heading.Row, current);
                    }

                    started = false;
                }

                sawHeader = true;
                continue;
            }

            if (started && LooksLikeMistypedValue(i))
            {
                current.Add(i);
                total++;
                continue;
            }

            if (started)
            {
                break;
            }

            total -= current.Count;
            current.Clear();
        }

        var printed = segments.Where(s => s.Values.Exists(t => _tokens[t].Kind != TokenKind.Blank)).ToList();

        // Numbers with no heading or header cell before them are not this table.
        if (!sawHeader || printed.Count == 0)
        {
            return -1;
        }

        if (printed.Count == 1)
        {
            var values = printed[0].Values;

            // A blank before the values is a gap rather than the first cell only where one more value follows.
            while (values.Count == needed && _tokens[values[0]].Kind == TokenKind.Blank && i < end && _tokens[i].Kind is TokenKind.Number or TokenKind.EmptyMarker)
            {
                values.RemoveAt(0);
                values.Add(i++);
            }
        }

        var last = printed[^1].Values[^1];
        if (printed.Count == 1 && printed[0].Values.Count == needed)
        {
            BindWholeLine(table, printed[0].Values);
            return last;
        }

        var byHeading = printed.All(s => s.Row >= 0 && s.Values.Count == columns) && printed.Select(s => s.Row).Distinct().Count() == printed.Count;
        if (byHeading)
        {
            foreach (var (row, values) in printed)
            {
                _binder.BindRow(table.Table, row, CollectionsMarshal.AsSpan(values), CellBinding.Label);
            }
        }
        else
        {
            var seen = printed.SelectMany(s => s.Values).Where(t => _tokens[t].Kind != TokenKind.Blank).ToList();
            _binder.Report(ParseCodes.ValuesNotPlaced, ParseSeverity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"Table {table.Table.Id} shows {printed.Sum(s => s.Values.Count)} of its {needed} values, and nothing shows which cells they belong to, so they are not bound: {ValuesSeen.Describe(_cells, seen)}"),
                _cells[printed[0].Values[0]].Position, null);
        }

        for (var row = 0; row < table.Rows.Count; row++)
        {
            if (!byHeading || !printed.Exists(s => s.Row == row))
            {
                _binder.Report(ParseCodes.RowNotFound, ParseSeverity.Warning, $"Row {table.Table.Rows[row].Label} of table {table.Table.Id} was not found; its cells are missing", null, null);
            }
        }

        return last;
    }

    /// <summary>
    /// The row a heading names: its label, or a short heading that holds exactly one row's label (行政诉讼（复议后起诉）
    /// over one of section 四's small tables).
    /// </summary>
    private static RowMatch HeadingOf(TableLabels table, ReadOnlySpan<char> key)
    {
        var match = LabelMatcher.MatchRow(table, key, 0);
        if (match.Found)
        {
            return match;
        }

        var found = RowMatch.None;
        for (var row = 0; row < table.Rows.Count; row++)
        {
            var label = table.Rows[row].Label;
            if (label.Length >= 2 && key.Length <= label.Length + 8 && key.IndexOf(label, StringComparison.Ordinal) >= 0)
            {
                if (found.Found)
                {
                    return RowMatch.None;
                }

                found = new RowMatch(row, MatchQuality.Loose);
            }
        }

        return found;
    }

    /// <summary>
    /// Binds every value of a single-row table. On one printed row, or one per line in a text that runs row by row,
    /// the values stand in the header's order. One per line in a text that was seen to run column after column
    /// elsewhere, they may stand row after row or column after column: only where both orders give every cell the
    /// same value are they bound; otherwise the cells stay missing.
    /// </summary>
    private void BindWholeLine(TableLabels table, List<int> values)
    {
        var rows = table.Rows.Count;
        var columns = table.Table.Columns.Count;
        var onePrintedRow = _cells[values[0]].Row >= 0 && values.TrueForAll(t => _cells[t].Row == _cells[values[0]].Row);
        if (onePrintedRow || !_grid.SawValuesOutOfRowOrder)
        {
            // The fifteen slots of the printed row, in the header's order, whether on one line or one per line.
            BindInOrder(_binder, table, values, CellBinding.ColumnPosition);
            return;
        }

        var byColumn = new List<int>(values.Count);
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                byColumn.Add(values[(column * rows) + row]);
            }
        }

        if (values.Select(t => _cells[t].Text).SequenceEqual(byColumn.Select(t => _cells[t].Text), StringComparer.Ordinal))
        {
            BindInOrder(_binder, table, values, CellBinding.ColumnPosition);
            return;
        }

        // The rules are not asked to choose here: with blanks gone from a text in reading order, the values seen may
        // not be this table's fifteen in either order, and an order the rules happen to hold for would bind them wrongly.
        _binder.Report(ParseCodes.AmbiguousAlignment, ParseSeverity.Warning,
            string.Create(CultureInfo.InvariantCulture,
                $"Table {table.Table.Id}: its values stand one per line in a text that runs column after column elsewhere, so whether they run row after row or column after column is not shown; its cells are missing (values seen: {ValuesSeen.Describe(_cells, values)})"),
            _cells[values[0]].Position, null);
    }

    private static void BindInOrder(CellBinder binder, TableLabels table, List<int> values, CellBinding binding)
    {
        var columns = table.Table.Columns.Count;
        for (var row = 0; row < table.Rows.Count; row++)
        {
            binder.BindRow(table.Table, row, CollectionsMarshal.AsSpan(values).Slice(row * columns, columns), binding);
        }
    }

}

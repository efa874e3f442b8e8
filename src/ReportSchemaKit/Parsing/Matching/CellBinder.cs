using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ReportSchemaKit.Layout;
using ReportSchemaKit.Templates;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Parsing.Matching;

/// <summary>
/// Turns matched tokens into cell values of the right type, keeping where each came from, and
/// collects the diagnostics of the walk. Blank, explicit-empty and unreadable cells are null with
/// a diagnostic, never 0.
/// </summary>
internal sealed class CellBinder
{
    private readonly ArraySegment<Token> _tokens;
    private readonly IReadOnlyList<SourceCell> _cells;
    private readonly ReportTemplate _template;

    public CellBinder(ArraySegment<Token> tokens, IReadOnlyList<SourceCell> cells, ReportTemplate template)
    {
        _tokens = tokens;
        _cells = cells;
        _template = template;
        Values = new decimal?[template.Cells.Count];
        Origins = new CellOrigin[template.Cells.Count];
    }

    public decimal?[] Values { get; }

    public CellOrigin[] Origins { get; }

    public List<ParseDiagnostic> Diagnostics { get; } = [];

    /// <summary>Cells that received a value (a number, or an explicit blank) from the source.</summary>
    public int CellsBound { get; private set; }

    public void Report(string code, ParseSeverity severity, string message, SourcePosition? position, string? cellKey) =>
        Diagnostics.Add(new ParseDiagnostic(code, severity, message, position, cellKey));

    public void NoteLabel(RowInfo row, MatchQuality quality, int tokenIndex)
    {
        var cell = _cells[tokenIndex];
        switch (quality)
        {
            case MatchQuality.Variant:
                Report(ParseCodes.VariantLabel, ParseSeverity.Info, $"'{cell.Text}' read as row {row.Id} ({row.Label}), a known variant", cell.Position, null);
                break;
            case MatchQuality.Loose:
                Report(ParseCodes.ApproximateLabel, ParseSeverity.Info, $"'{cell.Text}' read as row {row.Id} ({row.Label}) without its numbering or note", cell.Position, null);
                break;
            case MatchQuality.Fuzzy:
                Report(ParseCodes.ApproximateLabel, ParseSeverity.Warning, $"'{cell.Text}' read as row {row.Id} ({row.Label}) despite a difference in spelling", cell.Position, null);
                break;
        }
    }

    /// <summary>Binds a whole row: one token per column, in column order, on the evidence given.</summary>
    public void BindRow(TableInfo table, int row, ReadOnlySpan<int> tokens, CellBinding binding)
    {
        var columns = table.Columns.Count;
        if (tokens.Length != columns)
        {
            throw new ArgumentException($"A row of {columns} columns needs {columns} tokens, not {tokens.Length}.", nameof(tokens));
        }

        for (var column = 0; column < columns; column++)
        {
            BindCell(table.CellOrdinal(row, column), table.Columns[column], tokens[column], binding);
        }
    }

    /// <summary>The keys of a row's cells, for diagnostics that name them.</summary>
    public IEnumerable<string> KeysOf(TableInfo table, int row) => table.Columns.Select(c => _template.Cells[table.CellOrdinal(row, c.Index)].Key);

    private void BindCell(int ordinal, ColumnInfo column, int tokenIndex, CellBinding binding)
    {
        var token = _tokens[tokenIndex];
        var cell = _cells[tokenIndex];
        var key = _template.Cells[ordinal].Key;
        var position = cell.Position;
        var raw = cell.Text;
        CellsBound++;
        switch (token.Kind)
        {
            case TokenKind.Blank:
                Origins[ordinal] = new CellOrigin(CellState.Blank, raw, position, binding);
                Report(ParseCodes.BlankCell, ParseSeverity.Warning, $"Cell {key} is blank; it is missing, not 0", position, key);
                return;
            case TokenKind.EmptyMarker:
                Origins[ordinal] = new CellOrigin(CellState.EmptyMarker, raw, position, binding);
                Report(ParseCodes.EmptyMarker, ParseSeverity.Info, $"Cell {key} holds '{raw}', an explicit empty marker; it is missing, not 0", position, key);
                return;
            case TokenKind.Number when raw.Length == 1 && char.IsAsciiDigit(raw[0]):
                // One digit, as most cells are: a valid value of every cell type, with nothing to convert.
                Values[ordinal] = raw[0] - '0';
                Origins[ordinal] = new CellOrigin(CellState.Value, raw, position, binding);
                return;
            case TokenKind.Number when ToCellValue(CellValueParser.Parse(raw), column, key, position) is { } value:
                Values[ordinal] = value;
                Origins[ordinal] = new CellOrigin(CellState.Value, raw, position, binding);
                return;
            case TokenKind.Number:
                Origins[ordinal] = new CellOrigin(CellState.Invalid, raw, position, binding);
                return;
            default:
                Origins[ordinal] = new CellOrigin(CellState.Invalid, raw, position, binding);
                Report(ParseCodes.InvalidValue, ParseSeverity.Error, $"Cell {key} should hold {Describe(column)}; found '{raw}'", position, key);
                return;
        }
    }

    /// <summary>The number as the column's type holds it, or null after a diagnostic.</summary>
    private decimal? ToCellValue(CellValueParse parsed, ColumnInfo column, string key, SourcePosition position)
    {
        var value = parsed.Value!.Value;
        var unit = parsed.Unit;
        if (column.Type == CellType.Decimal)
        {
            if (unit is null || unit == column.Unit || unit == "%")
            {
                return value;
            }

            if (column.Unit is null)
            {
                Report(ParseCodes.UnitConverted, ParseSeverity.Info, $"Cell {key} is given in {unit}; kept as written, as the format leaves the unit to the report", position, key);
                return value;
            }

            if (CellValueParser.TryConvertToUnit(value, unit, column.Unit, out var converted))
            {
                Report(ParseCodes.UnitConverted, ParseSeverity.Info,
                    string.Create(CultureInfo.InvariantCulture, $"Cell {key}: '{parsed.Raw.Trim()}' converted to {converted} {column.Unit}"), position, key);
                return converted;
            }

            Report(ParseCodes.InvalidValue, ParseSeverity.Error, $"Cell {key} is in {column.Unit}; '{parsed.Raw.Trim()}' is in {unit}, which does not convert", position, key);
            return null;
        }

        if (unit is not null && !CountUnits.Contains(unit))
        {
            Report(ParseCodes.InvalidValue, ParseSeverity.Error, $"Cell {key} is a count; '{parsed.Raw.Trim()}' carries the unit {unit}", position, key);
            return null;
        }

        if (decimal.Truncate(value) != value || value > long.MaxValue || value < long.MinValue)
        {
            Report(ParseCodes.InvalidValue, ParseSeverity.Error, $"Cell {key} is a count and must be a whole number (rule cells.integer); found '{parsed.Raw.Trim()}'", position, key);
            return null;
        }

        return value;
    }

    private static readonly string[] CountUnits = [CellUnits.Pieces, CellUnits.Items, CellUnits.Entries, CellUnits.Matters, CellUnits.Times, CellUnits.Persons];

    private static string Describe(ColumnInfo column) => column.Type switch
    {
        CellType.Decimal => column.Unit is null ? "an amount" : "an amount in " + column.Unit,
        CellType.SignedCount => "a whole number (a change may be negative)",
        _ => "a whole number",
    };
}

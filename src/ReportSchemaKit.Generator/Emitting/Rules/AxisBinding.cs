using System.Collections.Generic;
using System.Linq;
using ReportSchemaKit.Generator.Expressions;
using ReportSchemaKit.Generator.Spec;

namespace ReportSchemaKit.Generator.Emitting.Rules;

/// <summary>
/// <c>each: column</c> (bare names are row ids, the column is fixed) or <c>each: row</c> (bare names
/// are column ids, the row is fixed), in one table.
/// </summary>
internal sealed class AxisBinding : ScopeBinding
{
    private readonly CellMap _cells;
    private readonly TableSpec _table;
    private readonly string _fixed;
    private readonly bool _perColumn;

    private AxisBinding(CellMap cells, TableSpec table, string fixedId, bool perColumn)
    {
        _cells = cells;
        _table = table;
        _fixed = fixedId;
        _perColumn = perColumn;
    }

    public static AxisBinding ForColumn(CellMap cells, TableSpec table, string column) => new(cells, table, column, perColumn: true);

    public static AxisBinding ForRow(CellMap cells, TableSpec table, string row) => new(cells, table, row, perColumn: false);

    public override Operand Bind(NameExpr name)
    {
        var (row, column) = _perColumn ? (name.Parts[0], _fixed) : (_fixed, name.Parts[0]);
        return name.Previous ? Previous(_table.Id, row, column) : Current(_cells, _table.Id, row, column);
    }

    public override IEnumerable<NameExpr> Expand(SumRangeExpr range)
    {
        var ids = _perColumn ? _table.Rows.Select(r => r.Id).ToList() : _table.Columns.Select(c => c.Id).ToList();
        var from = ids.IndexOf(range.From.Parts[0]);
        var to = ids.IndexOf(range.To.Parts[0]);
        return ids.Skip(from).Take(to - from + 1)
            .Select(id => new NameExpr(range.From.Previous, new[] { id }.ToEquatableArray(), range.From.Offset));
    }
}

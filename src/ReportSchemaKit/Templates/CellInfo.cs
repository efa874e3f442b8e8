namespace ReportSchemaKit.Templates;

/// <summary>One cell of a template: a row crossed with a column, addressed by <c>Table.Row.Column</c>.</summary>
public sealed class CellInfo
{
    /// <summary>Creates the descriptor; the key is derived from the three ids.</summary>
    public CellInfo(int ordinal, TableInfo table, RowInfo row, ColumnInfo column)
    {
        Ordinal = ordinal;
        Table = table;
        Row = row;
        Column = column;
        Key = table.Id + "." + row.Id + "." + column.Id;
    }

    /// <summary>Position of the cell in the template's cell order (tables, then rows, then columns), from 0.</summary>
    public int Ordinal { get; }

    /// <summary>The canonical key, for example <c>Requests.NewReceived.Total</c>.</summary>
    public string Key { get; }

    /// <summary>The table the cell belongs to.</summary>
    public TableInfo Table { get; }

    /// <summary>The cell's row.</summary>
    public RowInfo Row { get; }

    /// <summary>The cell's column, which also fixes its type.</summary>
    public ColumnInfo Column { get; }

    /// <summary>What the cell holds.</summary>
    public CellType Type => Column.Type;

    /// <inheritdoc />
    public override string ToString() => Key;
}

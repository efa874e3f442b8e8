namespace ReportSchemaKit.Rendering.Layout;

/// <summary>What a cell of a printed table is.</summary>
public enum PrintedCellRole
{
    /// <summary>The header cell above the row labels (信息内容); empty where the template declares none.</summary>
    Corner,

    /// <summary>A header above value columns: a spanning caption (申请人情况), a column group (法人或其他组织) or a column label.</summary>
    ColumnHeader,

    /// <summary>A grouping label to the left of the rows it spans (三、本年度办理结果).</summary>
    RowGroup,

    /// <summary>A row's own label.</summary>
    RowLabel,

    /// <summary>A value cell of the model.</summary>
    Value,
}

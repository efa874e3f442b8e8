using System.Collections.Generic;
using ReportSchemaKit.Text;

namespace ReportSchemaKit.Layout;

/// <summary>
/// An open <c>&lt;td&gt;</c> or <c>&lt;th&gt;</c> while the HTML reader streams through it. One instance
/// serves every cell at the same nesting depth, so a page of hundreds of cells allocates a handful.
/// </summary>
internal sealed class HtmlCell
{
    private readonly List<SourceCell> _nested = [];

    public SourcePosition Position { get; private set; }

    public int Row { get; private set; }

    public int RowSpan { get; private set; }

    public int ColSpan { get; private set; }

    public CollapsedText Text { get; } = new();

    public bool HasNestedTable { get; set; }

    /// <summary>Cells of tables nested in this one; they follow this cell in the stream.</summary>
    public List<SourceCell> Nested => _nested;

    public void Open(SourcePosition position, int row, int rowSpan, int colSpan)
    {
        Position = position;
        Row = row;
        RowSpan = rowSpan;
        ColSpan = colSpan;
        HasNestedTable = false;
        Text.Clear();
        _nested.Clear();
    }
}

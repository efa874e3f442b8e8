namespace ReportSchemaKit.Text;

/// <summary>What one table cell says, before the template decides what the cell means.</summary>
public enum CellValueKind
{
    /// <summary>Nothing at all: empty, or only spaces (NBSP and ideographic space included).</summary>
    Blank,

    /// <summary>An explicit "nothing" such as <c>/</c>, <c>-</c>, <c>—</c>, <c>——</c>, <c>无</c> or <c>空</c>; not the same as 0.</summary>
    EmptyMarker,

    /// <summary>A decimal number, possibly with a sign, thousands separators and a unit.</summary>
    Number,

    /// <summary>Anything else, for example letters or two numbers in one cell; the raw text is kept.</summary>
    Invalid,
}

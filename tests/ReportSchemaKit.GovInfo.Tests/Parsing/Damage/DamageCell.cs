namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>What a cell of the intermediate holds, so that damage can move labels apart from values.</summary>
internal enum CellKind
{
    /// <summary>Title, prose, headings, header cells, page numbers: no cell's value.</summary>
    Text,

    /// <summary>A row group's label (三、本年度办理结果) printed on the group's first row.</summary>
    Group,

    /// <summary>A row's label, or a piece of it.</summary>
    Label,

    /// <summary>The text of one template cell; an empty text is a blank cell.</summary>
    Value,
}

/// <summary>
/// One cell of a rendered report. A value cell names the template cell it prints (<paramref name="Ordinal"/>), so
/// that after any damage the cells still printed are known: those are the ones whose information survived.
/// </summary>
internal sealed record DamageCell(CellKind Kind, string Text, int Ordinal = -1)
{
    public bool IsBlank => Kind == CellKind.Value && Text.Length == 0;

    public static DamageCell Plain(string text) => new(CellKind.Text, text);
}

using System.Collections.Generic;
using System.Linq;

namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>What a line of the intermediate is; the renderer prints each kind the way its style does.</summary>
internal enum RowKind
{
    /// <summary>Title and prose.</summary>
    Text,

    /// <summary>A section heading or a heading printed above a table (行政复议).</summary>
    Heading,

    /// <summary>A table's header cells; it opens a table.</summary>
    Header,

    /// <summary>Cells of a table row: group labels, a label, values — any of them may be gone after damage.</summary>
    Data,

    /// <summary>Text inside a table that is no row: page numbers, loose numbers, label characters.</summary>
    Noise,
}

/// <summary>
/// One line of a rendered report, as cells; <paramref name="Table"/> names the table it stands in and
/// <paramref name="Row"/> the template row it prints (-1: none, or section 四's single printed row).
/// </summary>
internal sealed record DamageRow(RowKind Kind, IReadOnlyList<DamageCell> Cells, string? Table = null, int Row = -1)
{
    public bool HasValues => Cells.Any(c => c.Kind == CellKind.Value);

    public bool HasLabel => Cells.Any(c => c.Kind == CellKind.Label);

    public IEnumerable<DamageCell> Values => Cells.Where(c => c.Kind == CellKind.Value);

    public IEnumerable<DamageCell> Labels => Cells.Where(c => c.Kind is CellKind.Label or CellKind.Group);

    public DamageRow With(IEnumerable<DamageCell> cells) => this with { Cells = cells.ToList() };

    public static DamageRow Line(RowKind kind, string text, string? table = null) => new(kind, [DamageCell.Plain(text)], table);
}

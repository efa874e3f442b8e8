using System.Collections.Generic;
using ReportSchemaKit.Templates;

namespace ReportSchemaKit.Parsing.Matching;

/// <summary>The comparison keys of one row, computed once per template.</summary>
internal sealed class RowLabels
{
    public RowLabels(RowInfo row, string label, IReadOnlyList<string> variants, IReadOnlyList<string> loose, IReadOnlyList<string> groups)
    {
        Row = row;
        Label = label;
        Variants = variants;
        Loose = loose;
        Groups = groups;
    }

    public RowInfo Row { get; }

    /// <summary>The printed label's key.</summary>
    public string Label { get; }

    /// <summary>The declared variants' keys.</summary>
    public IReadOnlyList<string> Variants { get; }

    /// <summary>Keys with the numbering (（一）, 1., 一、) and a trailing note in brackets taken off.</summary>
    public IReadOnlyList<string> Loose { get; }

    /// <summary>The keys of the groups above the row, outermost first.</summary>
    public IReadOnlyList<string> Groups { get; }
}

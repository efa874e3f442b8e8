namespace ReportSchemaKit.GovInfo.Tests.Parsing.Damage;

/// <summary>How the rows of a damaged report are printed as text.</summary>
public enum StyleKind
{
    /// <summary>One cell per line with blank lines between (LayoutWriter's Lines: a scraped page).</summary>
    Lines,

    /// <summary>Cells set apart by tabs (LayoutWriter's Tabs: a browser's copy of a table).</summary>
    Tabs,

    /// <summary>Markdown pipe tables (LayoutWriter's Pipes).</summary>
    Pipes,

    /// <summary>Cells set apart by four spaces (LayoutWriter's AlignedColumns: pdftotext -layout).</summary>
    Aligned,

    /// <summary>A row's label then its values on one line, set apart by runs of two to six spaces.</summary>
    Grid,

    /// <summary>Cells set apart by single spaces (pdftotext -raw).</summary>
    Spaces,

    /// <summary>Box-drawing rules and bars (w3m -dump, lynx -dump).</summary>
    Box,

    /// <summary>Pipes with cells padded by underscores (html2text).</summary>
    UnderscorePipes,
}

/// <summary>A style with the text that stands for a blank cell and a seed for the irregular gaps of <see cref="StyleKind.Grid"/>.</summary>
internal sealed record DamageStyle(StyleKind Kind, string Blank, int Seed)
{
    public override string ToString() => $"{Kind} (blank '{Blank}')";
}

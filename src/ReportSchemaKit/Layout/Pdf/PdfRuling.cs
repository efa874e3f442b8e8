namespace ReportSchemaKit.Layout;

/// <summary>
/// A straight horizontal or vertical line drawn on a PDF page (a table's border or grid line, or the edge of a
/// shaded cell): at <see cref="At"/> (y for a horizontal ruling, x for a vertical one), running from
/// <see cref="From"/> to <see cref="To"/> along the other axis.
/// </summary>
internal readonly record struct PdfRuling(double At, double From, double To)
{
    public bool Covers(double along, double tolerance) => along >= From - tolerance && along <= To + tolerance;
}

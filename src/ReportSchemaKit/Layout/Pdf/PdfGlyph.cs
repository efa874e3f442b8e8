namespace ReportSchemaKit.Layout;

/// <summary>
/// One character of a PDF page's text layer with the box it is set in, in PDF points from the page's lower-left
/// corner (so <see cref="Top"/> is above <see cref="Bottom"/>).
/// </summary>
/// <remarks>
/// The box is taken from the baseline, the advance and the font size rather than from the glyph outline: an
/// outline may be missing (a font that is not embedded) or tiny (a full stop), while the line it is set on and
/// the room it takes are what tell rows and columns apart.
/// <para><see cref="Index"/> is the character's place in the page's text layer, to look up what was worked out for it.</para>
/// </remarks>
internal readonly record struct PdfGlyph(char Value, double Left, double Right, double Baseline, double FontSize, int Index)
{
    public double Bottom => Baseline - (0.2 * FontSize);

    public double Top => Baseline + (0.8 * FontSize);

    public double CenterX => (Left + Right) / 2;

    public double CenterY => (Bottom + Top) / 2;
}

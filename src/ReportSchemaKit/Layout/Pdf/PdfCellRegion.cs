namespace ReportSchemaKit.Layout;

/// <summary>
/// The box between the nearest rulings around a point: left and right vertical rulings, bottom and top horizontal
/// ones. Every character inside one table cell — however many lines its text wraps over — finds the same box, and a
/// merged cell is one box because the line between its parts is not drawn.
/// </summary>
internal readonly record struct PdfCellRegion(double Left, double Right, double Bottom, double Top)
{
    // How far a ruling may stop short of a point and still bound it (lines drawn a little short of their corner).
    private const double Reach = 1.0;

    /// <summary>The region around (<paramref name="x"/>, <paramref name="y"/>), or <see langword="null"/> where it is not ruled on all four sides.</summary>
    public static PdfCellRegion? Around(PdfRulings rulings, double x, double y)
    {
        double? left = null, right = null, bottom = null, top = null;
        foreach (var ruling in rulings.Vertical)
        {
            if (!ruling.Covers(y, Reach))
            {
                continue;
            }

            if (ruling.At < x)
            {
                left = ruling.At;
            }
            else if (right is null)
            {
                right = ruling.At;
            }
        }

        foreach (var ruling in rulings.Horizontal)
        {
            if (!ruling.Covers(x, Reach))
            {
                continue;
            }

            if (ruling.At < y)
            {
                bottom = ruling.At;
            }
            else if (top is null)
            {
                top = ruling.At;
            }
        }

        return left is { } l && right is { } r && bottom is { } b && top is { } t ? new PdfCellRegion(l, r, b, t) : null;
    }
}

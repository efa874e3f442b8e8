using System;
using System.Collections.Generic;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace ReportSchemaKit.Layout;

/// <summary>
/// The ruling lines of a page, gathered from what the PDF draws: stroked straight segments, rectangles (a
/// cell's border or its shading — word processors often draw a table as one filled rectangle per cell), and
/// filled rectangles thin enough to be lines. Segments on one line that touch are merged, so that the two
/// edges of neighbouring cells' rectangles become one grid line.
/// </summary>
internal sealed class PdfRulings
{
    // Rectangles this thin are drawn lines; points closer than this are one line.
    private const double LineThickness = 2.5;
    private const double Snap = 1.5;

    private PdfRulings(List<PdfRuling> horizontal, List<PdfRuling> vertical)
    {
        Horizontal = horizontal;
        Vertical = vertical;
    }

    /// <summary>Horizontal rulings, by <see cref="PdfRuling.At"/> (y) ascending.</summary>
    public List<PdfRuling> Horizontal { get; }

    /// <summary>Vertical rulings, by <see cref="PdfRuling.At"/> (x) ascending.</summary>
    public List<PdfRuling> Vertical { get; }

    public static PdfRulings Of(Page page)
    {
        var horizontal = new List<PdfRuling>();
        var vertical = new List<PdfRuling>();
        foreach (var path in page.Paths)
        {
            // A path that is neither stroked nor filled only clips; it draws nothing a reader sees.
            if (!path.IsStroked && !path.IsFilled)
            {
                continue;
            }

            foreach (var subpath in path)
            {
                AddSubpath(subpath, path.IsFilled, page.Width, page.Height, horizontal, vertical);
            }
        }

        return new PdfRulings(Merge(horizontal), Merge(vertical));
    }

    private static void AddSubpath(PdfSubpath subpath, bool filled, double pageWidth, double pageHeight, List<PdfRuling> horizontal, List<PdfRuling> vertical)
    {
        if (subpath.GetBoundingRectangle() is not { } box)
        {
            return;
        }

        if (subpath.IsDrawnAsRectangle || (filled && IsAxisAligned(subpath)))
        {
            if (box.Width >= pageWidth * 0.95 && box.Height >= pageHeight * 0.95)
            {
                return; // the page's background
            }

            if (box.Height <= LineThickness && box.Width > LineThickness)
            {
                horizontal.Add(new PdfRuling((box.Bottom + box.Top) / 2, box.Left, box.Right));
            }
            else if (box.Width <= LineThickness && box.Height > LineThickness)
            {
                vertical.Add(new PdfRuling((box.Left + box.Right) / 2, box.Bottom, box.Top));
            }
            else if (box.Width > LineThickness && box.Height > LineThickness)
            {
                horizontal.Add(new PdfRuling(box.Top, box.Left, box.Right));
                horizontal.Add(new PdfRuling(box.Bottom, box.Left, box.Right));
                vertical.Add(new PdfRuling(box.Left, box.Bottom, box.Top));
                vertical.Add(new PdfRuling(box.Right, box.Bottom, box.Top));
            }

            return;
        }

        foreach (var command in subpath.Commands)
        {
            if (command is PdfSubpath.Line line)
            {
                AddSegment(line.From, line.To, horizontal, vertical);
            }
        }
    }

    /// <summary>A closed outline of straight axis-aligned segments only (a rectangle drawn with moves and lines).</summary>
    private static bool IsAxisAligned(PdfSubpath subpath)
    {
        var lines = 0;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Line line when IsStraight(line.From, line.To):
                    lines++;
                    break;
                case PdfSubpath.Move or PdfSubpath.Close:
                    break;
                default:
                    return false;
            }
        }

        return lines >= 3;
    }

    private static bool IsStraight(PdfPoint from, PdfPoint to) => Math.Abs(from.X - to.X) < 0.5 || Math.Abs(from.Y - to.Y) < 0.5;

    private static void AddSegment(PdfPoint from, PdfPoint to, List<PdfRuling> horizontal, List<PdfRuling> vertical)
    {
        if (Math.Abs(from.Y - to.Y) < 0.5 && Math.Abs(from.X - to.X) > LineThickness)
        {
            horizontal.Add(new PdfRuling((from.Y + to.Y) / 2, Math.Min(from.X, to.X), Math.Max(from.X, to.X)));
        }
        else if (Math.Abs(from.X - to.X) < 0.5 && Math.Abs(from.Y - to.Y) > LineThickness)
        {
            vertical.Add(new PdfRuling((from.X + to.X) / 2, Math.Min(from.Y, to.Y), Math.Max(from.Y, to.Y)));
        }
    }

    /// <summary>Joins segments that lie on one line (within <see cref="Snap"/>) and touch or overlap.</summary>
    private static List<PdfRuling> Merge(List<PdfRuling> segments)
    {
        segments.Sort(static (a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.From.CompareTo(b.From));
        var merged = new List<PdfRuling>(segments.Count);
        var used = new bool[segments.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            if (used[i])
            {
                continue;
            }

            var current = segments[i];
            var changed = true;
            while (changed)
            {
                changed = false;
                for (var j = i + 1; j < segments.Count && segments[j].At - segments[i].At <= Snap; j++)
                {
                    var other = segments[j];
                    if (!used[j] && other.From <= current.To + Snap && other.To >= current.From - Snap)
                    {
                        current = new PdfRuling(current.At, Math.Min(current.From, other.From), Math.Max(current.To, other.To));
                        used[j] = true;
                        changed = true;
                    }
                }
            }

            merged.Add(current);
        }

        merged.Sort(static (a, b) => a.At.CompareTo(b.At));
        return merged;
    }
}

using SkiaSharp;

namespace DfxrmViz.Export.Pdf.Figure;

/// <summary>A label's box where its anchor puts it (page points, y down) and how much it matters (higher first).</summary>
internal readonly record struct LabelRequest(SKRect Box, double Priority);

/// <summary>Keeps the labels of a figure legible where many anchors meet, as the page's viewer does
/// (src/DfxrmViz.Viewer/src/labels-declutter.js): labels are placed highest priority first (ties in list order), each at
/// its own spot or, when that would touch a label already placed, nudged above, below, right or left of it (then two lines
/// up or down, then diagonally); every spot is slid inside the figure box, never clipped. A label that fits nowhere is
/// dropped (the caller lists it under the figure). Pure: the same requests give the same boxes.</summary>
internal static class LabelPlacer
{
    /// <summary>Space kept free between two placed labels, points.</summary>
    public const float GapPt = 1.5f;

    /// <summary>For each request, in the given order, its placed box, or null when it was dropped.</summary>
    public static SKRect?[] Place(IReadOnlyList<LabelRequest> labels, SKRect bounds, float gapPt = GapPt)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var result = new SKRect?[labels.Count];
        var placed = new List<SKRect>();
        var order = Enumerable.Range(0, labels.Count).OrderByDescending(i => labels[i].Priority).ThenBy(i => i);
        foreach (var i in order)
        {
            var box = labels[i].Box;
            if (!(box.Width <= bounds.Width && box.Height <= bounds.Height) || !float.IsFinite(box.Left) || !float.IsFinite(box.Top))
            {
                continue; // larger than the figure, or nowhere: no spot can hold it whole
            }
            foreach (var (dx, dy) in Offsets(box.Width, box.Height, gapPt))
            {
                var spot = Inside(SKRect.Create(box.Left + dx, box.Top + dy, box.Width, box.Height), bounds);
                if (!placed.Any(p => Touch(p, spot, gapPt)))
                {
                    placed.Add(spot);
                    result[i] = spot;
                    break;
                }
            }
        }
        return result;
    }

    /// <summary>The viewer's candidates (own spot, a line above, below, half a width right and left, two lines above and
    /// below) and the four diagonals.</summary>
    private static IEnumerable<(float Dx, float Dy)> Offsets(float w, float h, float gap)
    {
        var (x, y) = (w / 2 + gap, h + gap);
        return [(0, 0), (0, -y), (0, y), (x, 0), (-x, 0), (0, -2 * y), (0, 2 * y), (x, -y), (-x, -y), (x, y), (-x, y)];
    }

    /// <summary>The box moved the least distance that puts it inside <paramref name="bounds"/> (it fits: checked above).</summary>
    internal static SKRect Inside(SKRect box, SKRect bounds)
    {
        var dx = box.Left < bounds.Left ? bounds.Left - box.Left : box.Right > bounds.Right ? bounds.Right - box.Right : 0;
        var dy = box.Top < bounds.Top ? bounds.Top - box.Top : box.Bottom > bounds.Bottom ? bounds.Bottom - box.Bottom : 0;
        return SKRect.Create(box.Left + dx, box.Top + dy, box.Width, box.Height);
    }

    /// <summary>The two boxes overlap or lie closer than <paramref name="gap"/>.</summary>
    internal static bool Touch(SKRect a, SKRect b, float gap) =>
        a.Left < b.Right + gap && b.Left < a.Right + gap && a.Top < b.Bottom + gap && b.Top < a.Bottom + gap;
}

using DfxrmViz.Export.Pdf.Model;
using DfxrmViz.Export.Pdf.Text;
using SkiaSharp;

namespace DfxrmViz.Export.Pdf.Figure;

/// <summary>Where the labels of a figure go in its drawing area (<see cref="LabelPlacer"/>): the box of each placed label by
/// its index in <see cref="VectorFigureBlock.Elements"/>, and the labels left out, most important first, which the figure
/// lists under itself so that no text of the drawing is lost.</summary>
internal sealed record FigureLabelLayout(IReadOnlyDictionary<int, SKRect> Placed, IReadOnlyList<FigureLabel> Dropped)
{
    public static FigureLabelLayout Of(VectorFigureBlock fig, TextPainter text, SKRect area)
    {
        ArgumentNullException.ThrowIfNull(fig);
        var map = FigureTransform.Fit(fig.ViewBox, area);
        var labels = fig.Elements.Select((e, i) => (Label: e as FigureLabel, Index: i))
            .Where(l => l.Label is not null && VectorFigureRenderer.IsFinite(l.Label)).Select(l => (Label: l.Label!, l.Index)).ToList();
        var requests = labels.Select(l =>
        {
            var at = map.Map(l.Label.At);
            var box = text.AnchoredBox(l.Label.Text, at.X + l.Label.OffsetXPt, at.Y - l.Label.OffsetYPt, l.Label.Anchor, l.Label.Style,
                l.Label.SizePt);
            return new LabelRequest(box, l.Label.Priority);
        }).ToList();
        var boxes = LabelPlacer.Place(requests, area);
        var placed = new Dictionary<int, SKRect>();
        var dropped = new List<(FigureLabel Label, int Index)>();
        for (var i = 0; i < labels.Count; i++)
        {
            if (boxes[i] is { } box)
            {
                placed[labels[i].Index] = box;
            }
            else
            {
                dropped.Add(labels[i]);
            }
        }
        return new FigureLabelLayout(placed,
            [.. dropped.OrderByDescending(d => d.Label.Priority).ThenBy(d => d.Index).Select(d => d.Label)]);
    }

    /// <summary>The sentence listing the labels left out, or null when every label is drawn.</summary>
    public string? Legend => Dropped.Count == 0 ? null
        : "Labels left out of the drawing for lack of room: " + string.Join("; ", Dropped.Select(l => l.Text.Trim())) + ".";
}

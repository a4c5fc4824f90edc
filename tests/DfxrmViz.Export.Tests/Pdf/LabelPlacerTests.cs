using DfxrmViz.Export.Pdf.Figure;
using SkiaSharp;

namespace DfxrmViz.Export.Tests.Pdf;

/// <summary>The label placement of the PDF's figures (the viewer's rule, src/DfxrmViz.Viewer/src/labels-declutter.js):
/// higher priority first, a label that would touch a placed one moves to the next free candidate or is dropped, every
/// placed label lies whole inside the figure box.</summary>
public class LabelPlacerTests
{
    private static readonly SKRect Figure = SKRect.Create(0, 0, 200, 100);
    private const float Gap = LabelPlacer.GapPt;

    [Fact]
    public void The_more_important_of_two_labels_on_one_spot_keeps_it_and_the_other_moves_one_line_up()
    {
        var spot = SKRect.Create(50, 50, 40, 8);
        var boxes = LabelPlacer.Place([new LabelRequest(spot, 1), new LabelRequest(spot, 2)], Figure);
        Assert.Equal(spot, boxes[1]); // priority 2, listed second, placed first
        Assert.Equal(50f, boxes[0]!.Value.Left, 1e-4f);
        Assert.Equal(50f - 8f - Gap, boxes[0]!.Value.Top, 1e-4f);
    }

    [Fact]
    public void Of_two_labels_of_equal_priority_the_first_listed_keeps_its_spot()
    {
        var spot = SKRect.Create(50, 50, 40, 8);
        var boxes = LabelPlacer.Place([new LabelRequest(spot, 3), new LabelRequest(spot, 3)], Figure);
        Assert.Equal(spot, boxes[0]);
        Assert.Equal(50f - 8f - Gap, boxes[1]!.Value.Top, 1e-4f);
    }

    [Fact]
    public void A_label_past_the_right_edge_slides_inside_whole_and_keeps_its_height()
    {
        var boxes = LabelPlacer.Place([new LabelRequest(SKRect.Create(180, 10, 40, 8), 0)], Figure);
        Assert.Equal(SKRect.Create(160, 10, 40, 8), boxes[0]);
        var corner = LabelPlacer.Place([new LabelRequest(SKRect.Create(-5, 97, 30, 8), 0)], Figure);
        Assert.Equal(SKRect.Create(0, 92, 30, 8), corner[0]);
    }

    [Fact]
    public void A_label_wider_than_the_figure_or_at_no_finite_spot_is_dropped()
    {
        var boxes = LabelPlacer.Place([new LabelRequest(SKRect.Create(0, 0, 201, 8), 9), new LabelRequest(new SKRect(float.NaN, 0, 10, 8), 9),
            new LabelRequest(SKRect.Create(0, 0, 200, 8), 0)], Figure);
        Assert.Null(boxes[0]);
        Assert.Null(boxes[1]);
        Assert.Equal(SKRect.Create(0, 0, 200, 8), boxes[2]);
    }

    [Fact]
    public void A_label_hemmed_in_on_every_candidate_is_dropped()
    {
        // The figure is one line high: above and below slide back onto the first label, left and right are off the edge.
        var strip = SKRect.Create(0, 0, 60, 8);
        var boxes = LabelPlacer.Place([new LabelRequest(SKRect.Create(10, 0, 40, 8), 2), new LabelRequest(SKRect.Create(10, 0, 40, 8), 1)], strip);
        Assert.Equal(SKRect.Create(10, 0, 40, 8), boxes[0]);
        Assert.Null(boxes[1]);
    }

    [Fact]
    public void Crowded_labels_never_overlap_stay_inside_and_the_most_important_keep_their_spot()
    {
        var random = new Random(20261203);
        var requests = Enumerable.Range(0, 80).Select(_ =>
        {
            var (w, h) = (10 + 60 * (float)random.NextDouble(), 6 + 3 * (float)random.NextDouble());
            // anchors crowd the middle, some run past the edges
            var (x, y) = (60 + 80 * (float)random.NextDouble() - w / 2, 20 + 60 * (float)random.NextDouble() + (random.Next(10) == 0 ? 40 : 0));
            return new LabelRequest(SKRect.Create(x, y, w, h), random.Next(6));
        }).ToList();
        var boxes = LabelPlacer.Place(requests, Figure);
        var placed = boxes.Select((b, i) => (Box: b, Request: requests[i])).Where(p => p.Box is not null).ToList();
        Assert.InRange(placed.Count, 15, 79); // the crowd does not fit, but a good share of it does
        Assert.All(placed, p =>
        {
            Assert.True(p.Box!.Value.Left >= Figure.Left && p.Box.Value.Right <= Figure.Right + 1e-4f, $"{p.Box} outside");
            Assert.True(p.Box.Value.Top >= Figure.Top && p.Box.Value.Bottom <= Figure.Bottom + 1e-4f, $"{p.Box} outside");
            Assert.Equal(p.Request.Box.Width, p.Box.Value.Width, 1e-4f);
        });
        for (var i = 0; i < placed.Count; i++)
        {
            for (var j = i + 1; j < placed.Count; j++)
            {
                var (a, b) = (placed[i].Box!.Value, placed[j].Box!.Value);
                Assert.False(a.IntersectsWith(b), $"{a} overlaps {b}");
                Assert.False(LabelPlacer.Touch(a, b, Gap - 1e-3f), $"{a} is within {Gap} pt of {b}");
            }
        }
        // The first label of the top priority sits where its anchor put it (slid inside the figure, nothing else moved it).
        var top = requests.Select((r, i) => (r, i)).OrderByDescending(p => p.r.Priority).ThenBy(p => p.i).First();
        Assert.Equal(LabelPlacer.Inside(top.r.Box, Figure), boxes[top.i]);
        // Placed first, the important labels find room more often than the least important ones.
        double Share(int priority) => (double)placed.Count(p => p.Request.Priority == priority) / requests.Count(r => r.Priority == priority);
        Assert.True(Share(5) > Share(0), $"placed {Share(5):P0} of priority 5, {Share(0):P0} of priority 0");
    }
}

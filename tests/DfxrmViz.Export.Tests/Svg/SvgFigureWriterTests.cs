using DfxrmViz.Export.Pdf.Model;
using DfxrmViz.Export.Svg;

namespace DfxrmViz.Export.Tests.Svg;

public class SvgFigureWriterTests
{
    private static readonly FigureStroke Ink = new(ReportColor.Ink, 1.5f);

    [Fact]
    public void Figure_coordinates_are_scaled_uniformly_with_y_up_and_centred()
    {
        // A 2 × 1 box in a 400 × 400 area: scale 200, centred vertically (100 px above and below).
        var fig = new VectorFigureBlock(null, new FigureViewBox(0, 0, 2, 1), [new FigurePolyline([new(0, 0), new(2, 1)], Ink)]);
        var svg = SvgFigureWriter.Write(fig, 400, 400, "f", "a line");
        Assert.Contains("viewBox=\"0 0 400 400\"", svg, StringComparison.Ordinal);
        Assert.Contains("points=\"0,300 400,100\"", svg, StringComparison.Ordinal);
        Assert.Contains("stroke=\"#1a1a1a\"", svg, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-label=\"a line\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_encoded_and_non_finite_points_are_left_out()
    {
        var fig = new VectorFigureBlock(null, new FigureViewBox(-1, -1, 1, 1),
        [
            new FigureLabel(new(0, 0), "<b>x_S</b> & y", TextAnchor.Center),
            new FigurePolyline([new(0, 0), new(double.NaN, 1)], Ink),
            new FigureArrow(new(0, 0), new(1, 0), Ink, 6f),
        ]);
        var svg = SvgFigureWriter.Write(fig, 200, 200, "g", "labels");
        Assert.Contains(">&lt;b&gt;x_S&lt;/b&gt; &amp; y</text>", svg, StringComparison.Ordinal);
        Assert.Contains("text-anchor=\"middle\" dominant-baseline=\"central\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<polyline", svg, StringComparison.Ordinal);
        // The arrow from the centre (100, 100) to the right edge (200, 100): shaft to the head's base 6 px short, head at the tip.
        Assert.Contains("<line x1=\"100\" y1=\"100\" x2=\"194\" y2=\"100\"", svg, StringComparison.Ordinal);
        Assert.Contains("<polygon points=\"200,100 194,102.52 194,97.48\"", svg, StringComparison.Ordinal);
    }
}

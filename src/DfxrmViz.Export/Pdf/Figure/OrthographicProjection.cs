using DfxrmViz.Core.Numerics;
using DfxrmViz.Export.Pdf.Model;

namespace DfxrmViz.Export.Pdf.Figure;

/// <summary>Projects a 3D scene orthographically into a <see cref="VectorFigureBlock"/>: page x = p·r, page y = p·u; shapes are
/// drawn farthest first by their mean depth p·f (painter's algorithm, exact for the non-intersecting convex faces of a box),
/// labels last; the view box is the projection's bounding box with a margin.</summary>
public static class OrthographicProjection
{
    public static VectorFigureBlock Project(string? title, OrthographicCamera camera, IReadOnlyList<SceneShape> shapes,
        float heightPt = 220, string? caption = null, double margin = 0.08)
    {
        ArgumentNullException.ThrowIfNull(camera);
        ArgumentNullException.ThrowIfNull(shapes);
        var (f, r, u) = camera.Axes();
        FigurePoint P(Vec3 p) => new(p.Dot(r), p.Dot(u));
        double Depth(IEnumerable<Vec3> points) => points.Select(p => p.Dot(f)).DefaultIfEmpty(0).Average();
        var drawn = new List<(double Depth, int Order, FigureElement Element)>();
        var labels = new List<FigureElement>();
        var all = new List<FigurePoint>();
        for (var i = 0; i < shapes.Count; i++)
        {
            var (element, points) = shapes[i] switch
            {
                SceneLine l => ((FigureElement)new FigurePolyline([.. l.Points.Select(P)], l.Stroke), l.Points),
                SceneFace face => (new FigurePolygon([.. face.Points.Select(P)], face.Fill, face.Stroke), face.Points),
                SceneArrow a => (new FigureArrow(P(a.From), P(a.To), a.Stroke, a.HeadPt), [a.From, a.To]),
                SceneDot d => (new FigureCircle(P(d.At), 0, d.Fill, d.Stroke, d.RadiusPt), [d.At]),
                SceneLabel t => (new FigureLabel(P(t.At), t.Text, t.Anchor, t.SizePt, t.Color, OffsetXPt: t.OffsetXPt, OffsetYPt: t.OffsetYPt,
                    Priority: t.Priority),
                    (IReadOnlyList<Vec3>)[t.At]),
                _ => throw new ArgumentException($"Cannot project a {shapes[i].GetType().Name}.", nameof(shapes)),
            };
            all.AddRange(points.Select(P));
            if (element is FigureLabel)
            {
                labels.Add(element);
            }
            else
            {
                drawn.Add((Depth(points), i, element));
            }
        }
        var elements = drawn.OrderByDescending(d => d.Depth).ThenBy(d => d.Order).Select(d => d.Element).Concat(labels).ToList();
        return new VectorFigureBlock(title, ViewBox(all, margin), elements, heightPt, caption);
    }

    private static FigureViewBox ViewBox(List<FigurePoint> points, double margin)
    {
        var finite = points.Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y)).ToList();
        if (finite.Count == 0)
        {
            return new FigureViewBox(-1, -1, 1, 1);
        }
        var (x0, x1, y0, y1) = (finite.Min(p => p.X), finite.Max(p => p.X), finite.Min(p => p.Y), finite.Max(p => p.Y));
        var pad = Math.Max(Math.Max(x1 - x0, y1 - y0) * margin, 1e-9);
        return new FigureViewBox(x0 - pad, y0 - pad, x1 + pad, y1 + pad);
    }
}

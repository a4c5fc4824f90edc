using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Scene;
using DfxrmViz.Export.Pdf.Model;

namespace DfxrmViz.Export.Pdf.Figure;

/// <summary>The plan's 3D scene (the one the page's viewer draws and scene.glb holds) as vector shapes in world (glTF) axes,
/// and its orthographic views for the logbook: along the user's camera, or along the beam and from the side (the scene's own
/// presets, docs/api.md "The 3D scene").</summary>
public static class SceneFigure
{
    private const int ArcSegments = 48;
    private const int DiscSegments = 16;

    /// <summary>Views along the scene's "beam" and "side" presets.</summary>
    public static IReadOnlyList<VectorFigureBlock> BeamAndSide(SceneModel scene)
    {
        ArgumentNullException.ThrowIfNull(scene);
        var shapes = Shapes(scene);
        return [.. new[] { "beam", "side" }.Select(name => scene.Views.FirstOrDefault(v => v.Name == name)).OfType<SceneView>()
            .Select(v => OrthographicProjection.Project(v.Title, new OrthographicCamera(-v.Direction, v.Up), shapes, 240, Caption(scene)))];
    }

    /// <summary>The view along the user's camera (position → target, with its up).</summary>
    public static VectorFigureBlock AlongCamera(SceneModel scene, CameraState camera)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(camera);
        var forward = camera.Target - camera.Position;
        var up = forward.Cross(camera.Up).Norm > 1e-9 * forward.Norm * camera.Up.Norm ? camera.Up : Vec3.UnitZ;
        return OrthographicProjection.Project("As on the page (your camera)", new OrthographicCamera(forward, up), Shapes(scene), 300, Caption(scene));
    }

    private static string Caption(SceneModel scene) =>
        "Orthographic projection of the page's 3D scene (+Y up = lab vertical). " + string.Join(" ", scene.Notes);

    /// <summary>Every drawn node as shapes, in the scene's order (the projection sorts them by depth).</summary>
    public static IReadOnlyList<SceneShape> Shapes(SceneModel scene)
    {
        ArgumentNullException.ThrowIfNull(scene);
        var shapes = new List<SceneShape>();
        foreach (var n in scene.Nodes)
        {
            if (n.Opacity <= 0)
            {
                continue;
            }
            Vec3 W(Vec3 local) => scene.ToWorld(n.Name, local);
            var color = ReportColor.FromHex(n.Color);
            var stroke = new FigureStroke(color, n.Layer == SceneLayer.Beams ? 1.4f : 0.7f);
            var g = n.Geometry;
            switch (n.Kind)
            {
                case SceneNodeKind.Box when g.Size is { } s:
                    shapes.AddRange(BoxFaces(s).Select(f => new SceneFace([.. f.Select(W)], color.WithAlpha(0.25 * n.Opacity), stroke)));
                    break;
                case SceneNodeKind.Spheres:
                    shapes.AddRange((g.Instances ?? ValueList<SceneInstance>.Empty).Select(i => new SceneDot(W(i.Position), color, 2f,
                        new FigureStroke(ReportColor.Ink, 0.3f))));
                    break;
                case SceneNodeKind.Discs:
                    shapes.AddRange((g.Instances ?? ValueList<SceneInstance>.Empty).Select(i => new SceneFace(
                        [.. Circle(g.Radius ?? 1, DiscSegments, 1, 2).Select(p => W(i.Position + p))], color.WithAlpha(0.15), new FigureStroke(color, 0.3f))));
                    break;
                case SceneNodeKind.Cylinder or SceneNodeKind.Sticks or SceneNodeKind.Lines when g.Points is { Count: >= 2 } pts:
                    for (var i = 0; i + 1 < pts.Count; i += 2)
                    {
                        shapes.Add(new SceneLine([W(pts[i]), W(pts[i + 1])], stroke));
                    }
                    break;
                case SceneNodeKind.Arrow when g.Points is { Count: >= 2 } ends:
                    shapes.Add(new SceneArrow(W(ends[0]), W(ends[1]), stroke with { WidthPt = 1.4f }, 6f));
                    break;
                case SceneNodeKind.Arc when g.Radius is double r:
                    shapes.Add(new SceneLine([.. Arc(r, g.SweepRad ?? 2 * Math.PI).Select(W)], stroke));
                    break;
                case SceneNodeKind.Polyhedron when g.Points is { } v && g.Triangles is { } t:
                    for (var i = 0; i + 2 < t.Count; i += 3)
                    {
                        shapes.Add(new SceneFace([W(v[t[i]]), W(v[t[i + 1]]), W(v[t[i + 2]])], color.WithAlpha(0.12), new FigureStroke(color, 0.25f)));
                    }
                    break;
                case SceneNodeKind.Label when !string.IsNullOrWhiteSpace(g.Text):
                    shapes.Add(new SceneLabel(W(Vec3.Zero), g.Text!, TextAnchor.BaselineLeft, 6.5f, color, 2, 2, SceneLabelPriority.Of(n)));
                    break;
                default:
                    break; // groups and the legend draw nothing themselves (the legend's scales are the caption)
            }
        }
        return shapes;
    }

    private static IEnumerable<Vec3[]> BoxFaces(Vec3 size)
    {
        var h = size / 2;
        Vec3 C(int x, int y, int z) => new(x * h.X, y * h.Y, z * h.Z);
        yield return [C(-1, -1, -1), C(1, -1, -1), C(1, 1, -1), C(-1, 1, -1)];
        yield return [C(-1, -1, 1), C(1, -1, 1), C(1, 1, 1), C(-1, 1, 1)];
        yield return [C(-1, -1, -1), C(1, -1, -1), C(1, -1, 1), C(-1, -1, 1)];
        yield return [C(-1, 1, -1), C(1, 1, -1), C(1, 1, 1), C(-1, 1, 1)];
        yield return [C(-1, -1, -1), C(-1, 1, -1), C(-1, 1, 1), C(-1, -1, 1)];
        yield return [C(1, -1, -1), C(1, 1, -1), C(1, 1, 1), C(1, -1, 1)];
    }

    /// <summary>The arc of radius r about local z from local x through the sweep (SceneNodeKind.Arc).</summary>
    private static IEnumerable<Vec3> Arc(double r, double sweep)
    {
        var n = Math.Max(2, (int)Math.Ceiling(ArcSegments * Math.Abs(sweep) / (2 * Math.PI)));
        return Enumerable.Range(0, n + 1).Select(i => sweep * i / n).Select(a => new Vec3(r * Math.Cos(a), r * Math.Sin(a), 0));
    }

    /// <summary>A circle of radius r in the plane of local axes <paramref name="u"/> and <paramref name="v"/> (0 = x, 1 = y, 2 = z).</summary>
    private static IEnumerable<Vec3> Circle(double r, int segments, int u, int v) => Enumerable.Range(0, segments).Select(i =>
    {
        var a = 2 * Math.PI * i / segments;
        var c = new double[3];
        c[u] = r * Math.Cos(a);
        c[v] = r * Math.Sin(a);
        return new Vec3(c[0], c[1], c[2]);
    });
}

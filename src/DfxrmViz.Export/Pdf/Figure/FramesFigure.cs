using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Scene;
using DfxrmViz.Export.Pdf.Model;

namespace DfxrmViz.Export.Pdf.Figure;

/// <summary>The geometry figure of the help page: the plan's 3D scene (<see cref="SceneFigure.Shapes"/>, the one the viewer and
/// the PDF draw) with the sample frame's three axes and each goniometer axis, numbered base → top, drawn as arrows from the
/// sample centre; projected by <see cref="OrthographicProjection"/> along the beam and from the side (the scene's presets).</summary>
public static class FramesFigure
{
    private static readonly ReportColor SampleAxes = ReportColor.FromHex("#00695c");
    private static readonly ReportColor StageAxes = ReportColor.FromHex("#283593");
    private static readonly ReportColor LabAxes = ReportColor.FromHex("#37474f");

    public static IReadOnlyList<VectorFigureBlock> BeamAndSide(SceneModel scene, GoniometerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(profile);
        var shapes = SceneFigure.Shapes(scene).Concat(Overlay(scene, profile)).ToList();
        return [.. new[] { "beam", "side" }.Select(name => scene.Views.FirstOrDefault(v => v.Name == name)).OfType<SceneView>()
            .Select(v => OrthographicProjection.Project(v.Title, new OrthographicCamera(-v.Direction, v.Up), shapes, 260))];
    }

    /// <summary>Arrows x_S, y_S, z_S of the sample frame S (as mounted at the drawn angles), labels on the scene's lab axes, and the
    /// unit axis of every stage at its drawn angle, labelled "1 μ" … in stack order; a positive angle turns right-handed about it.</summary>
    public static IEnumerable<SceneShape> Overlay(SceneModel scene, GoniometerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(profile);
        var size = scene.Find("sample")?.Geometry.Size ?? new Vec3(1, 1, 1);
        var centre = scene.ToWorld("sample", Vec3.Zero);
        var sampleLength = 0.8 * Math.Max(size.X, Math.Max(size.Y, size.Z));
        (Vec3 Axis, string Text)[] sample = [(Vec3.UnitX, "x_S (up)"), (Vec3.UnitY, "y_S"), (Vec3.UnitZ, "z_S (exit normal)")];
        foreach (var (axis, text) in sample)
        {
            var tip = scene.ToWorld("sample", sampleLength * axis);
            yield return new SceneArrow(centre, tip, new FigureStroke(SampleAxes, 1.2f), 6f);
            yield return new SceneLabel(tip, text, TextAnchor.BaselineLeft, 7f, SampleAxes, 2, 2);
        }
        // The scene's lab axes (drawn unlabelled here: the scene's own labels would crowd the small figure).
        (string Node, string Text)[] lab = [("lab axes up", "x_L (up)"), ("lab axes y", "y_L = z_L × x_L"), ("lab axes beam", "z_L (beam)")];
        foreach (var (node, text) in lab)
        {
            if (scene.Find(node)?.Geometry.Points is { Count: >= 2 } ends)
            {
                yield return new SceneLabel(scene.ToWorld(node, ends[1]), text, TextAnchor.BaselineLeft, 7f, LabAxes, 2, 2);
            }
        }
        for (var i = 0; i < profile.Axes.Count; i++)
        {
            var a = profile.Axes[i];
            var stage = $"goniometer {a.AsciiName}";
            var radius = scene.Find($"{stage} ring")?.Geometry.Radius ?? 2 * sampleLength;
            // The stage turns about its own axis, so the axis is the same vector in the stage's frame and in its parent's.
            var direction = (scene.WorldRotation(stage) * (scene.LabToGltf * a.AxisLab)).Normalized();
            var tip = centre + 1.2 * radius * direction;
            yield return new SceneArrow(centre, tip, new FigureStroke(StageAxes, 1f, LineDash.Dashed), 6f);
            yield return new SceneLabel(tip, $"{i + 1} {a.Name}", TextAnchor.BaselineLeft, 7.5f, StageAxes, 2, 2);
        }
    }
}

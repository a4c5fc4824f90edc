using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Orientation;

namespace DfxrmViz.Core.Scene;

/// <summary>The goniometer stages as nested frames, base → top (docs/physics.md §7: Γ = R_base ··· R_top): stage i turns
/// by R(n_i, α_i) in the frame of the stages below it, so the top stage's frame is Γ and the sample sits on it. Each stage
/// is drawn as a ring about its axis (base outermost), an arc from its zero to its angle and a label with the angle.</summary>
internal static class GoniometerNodes
{
    private static readonly string[] Colors = ["#8d6e63", "#5c6bc0", "#26a69a", "#ef6c00", "#ab47bc"];

    /// <summary>Node name of stage <paramref name="ascii"/> (docs/api.md: <c>goniometer &lt;ascii axis name&gt;</c>).</summary>
    public static string StageName(string ascii) => $"goniometer {ascii}";

    /// <summary>The stages, parents first; the last one is where the sample is attached.</summary>
    public static IEnumerable<SceneNode> Build(SceneFrame f)
    {
        var axes = f.Inputs.Profile.Axes;
        var g = SceneFrame.G;
        string? parent = null;
        for (var i = 0; i < axes.Count; i++)
        {
            var axis = axes[i];
            var n = g * axis.AxisLab;
            var alphaRad = Frames.Rad(f.AnglesDeg[i]);
            var name = StageName(axis.AsciiName);
            yield return SceneNodes.Group(name, parent, SceneLayer.Goniometer, SceneTransform.Rotated(Mat3.Rotation(n, alphaRad)),
                SceneNodes.Extras(("angleDeg", SceneValue.Of(f.AnglesDeg[i])), ("axis", SceneValue.Of(n))));
            if (f.View.ShowGoniometer)
            {
                foreach (var node in Drawing(f, name, parent, axis.Name, n, alphaRad, i, axes.Count))
                {
                    yield return node;
                }
            }
            parent = name;
        }
    }

    /// <summary>Ring radius of stage <paramref name="index"/> of <paramref name="count"/>: the base outermost.</summary>
    public static double RingRadius(SceneFrame f, int index, int count) => f.Ls * (0.75 + 0.15 * (count - 1 - index));

    /// <summary>Γ of the drawn stages (identity angles when there is no solution).</summary>
    public static Mat3 StageRotation(SceneFrame f) =>
        f.Inputs.Profile.Rotation([.. f.AnglesDeg.Select(Frames.Rad)]);

    private static IEnumerable<SceneNode> Drawing(SceneFrame f, string stage, string? parent, string display, Vec3 n, double alphaRad,
        int index, int count)
    {
        var color = Colors[index % Colors.Length];
        var radius = RingRadius(f, index, count);
        var tube = 0.012 * f.Ls;
        var zero = ZeroDirection(n);
        var plane = Mat3.FromColumns(zero, n.Cross(zero), n);
        yield return SceneNodes.Arc($"{stage} ring", parent, SceneLayer.Goniometer, plane, Vec3.Zero, radius, tube, 2 * Math.PI, color, 0.45);
        if (Math.Abs(alphaRad) > 1e-9)
        {
            var sweepPlane = alphaRad > 0 ? plane : Mat3.FromColumns(zero, -n.Cross(zero), -n);
            yield return SceneNodes.Arc($"{stage} angle", parent, SceneLayer.Goniometer, sweepPlane, Vec3.Zero, radius, 2.5 * tube,
                Math.Abs(alphaRad), color);
        }
        yield return SceneNodes.Lines($"{stage} zero", parent, SceneLayer.Goniometer, [(radius - 0.08 * f.Ls) * zero, (radius + 0.08 * f.Ls) * zero], color);
        // The pointer is a child of the stage itself, so it turns by the stage's angle from the zero mark.
        yield return SceneNodes.Arrow($"{stage} pointer", stage, SceneLayer.Goniometer, (radius - 0.15 * f.Ls) * zero, radius * zero, 1.5 * tube, color);
        // Labels sit a little past each pointer, each stage turned a little further, so stages at the same angle do not overlap.
        var at = Mat3.Rotation(n, alphaRad + 0.3 * (index + 1)) * zero * (radius + 0.1 * f.Ls);
        var text = $"{display} = {SceneText.Number(f.AnglesDeg[index])}°" + (f.HasSolution ? "" : " (no solution)");
        if (f.View.ShowLabels)
        {
            yield return SceneNodes.Label($"{stage} label", parent, SceneLayer.Goniometer, at, text, color);
        }
    }

    /// <summary>Where an axis's angle is counted from: the first of lab up, beam, beam × up not close to the axis.</summary>
    private static Vec3 ZeroDirection(Vec3 n)
    {
        var g = SceneFrame.G;
        foreach (var candidate in new[] { g * Frames.LabUp, g * Frames.LabBeam, g * Frames.LabBeam.Cross(Frames.LabUp) })
        {
            var perp = candidate - candidate.Dot(n) * n;
            if (perp.Norm > 0.5)
            {
                return perp.Normalized();
            }
        }
        return SceneTransform.Basis(n, Vec3.UnitY).Column(1);
    }
}

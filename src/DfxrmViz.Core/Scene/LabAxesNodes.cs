using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Orientation;

namespace DfxrmViz.Core.Scene;

/// <summary>The lab axes (docs/physics.md §6: x_L up, z_L beam, y_L = z_L × x_L), up-beam below the incident beam.</summary>
internal static class LabAxesNodes
{
    public const string Name = "lab axes";

    public static IEnumerable<SceneNode> Build(SceneFrame f)
    {
        var g = SceneFrame.G;
        var at = new Vec3(-Math.Max(0.7 * f.BeamBackMm, 2.4 * f.Ls), -0.6 * f.Ls, 0);
        yield return SceneNodes.Group(Name, null, SceneLayer.Axes, SceneTransform.At(at));
        var length = 0.5 * f.Ls;
        (string Id, Vec3 Axis, string Text)[] axes =
        [
            ("beam", g * Frames.LabBeam, "beam z"),
            ("up", g * Frames.LabUp, "up x"),
            ("y", g * Frames.LabBeam.Cross(Frames.LabUp), "y = z × x"),
        ];
        foreach (var (id, axis, text) in axes)
        {
            yield return SceneNodes.Arrow($"{Name} {id}", Name, SceneLayer.Axes, Vec3.Zero, length * axis, 0.01 * f.Ls, "#546e7a");
            if (f.View.ShowLabels)
            {
                yield return SceneNodes.Label($"{Name} {id} label", Name, SceneLayer.Axes, 1.2 * length * axis, text, "#37474f");
            }
        }
    }
}

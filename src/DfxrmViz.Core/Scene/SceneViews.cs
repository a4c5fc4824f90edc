using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Orientation;

namespace DfxrmViz.Core.Scene;

/// <summary>Camera presets in glTF axes: the default oblique view, along the beam, from the side (the scattering plane
/// face-on), from above, and along Q, a, b and c (the vector pointing at the viewer).</summary>
internal static class SceneViews
{
    public static IEnumerable<SceneView> Build(SceneFrame f)
    {
        var g = SceneFrame.G;
        var a = f.Inputs.Cell.A;
        var world = f.CrystalToWorld;
        yield return View("reset", "Reset", new Vec3(0.45, 0.5, 1));
        yield return View("beam", "Along the beam", -(g * Frames.LabBeam));
        yield return View("side", "From the side", g * Frames.LabBeam.Cross(Frames.LabUp));
        yield return View("above", "From above", g * Frames.LabUp);
        yield return View("q", "Along Q", f.Q);
        yield return View("a", "Along a", world * a.Column(0));
        yield return View("b", "Along b", world * a.Column(1));
        yield return View("c", "Along c", world * a.Column(2));
    }

    private static SceneView View(string name, string title, Vec3 direction)
    {
        var d = SceneFrame.Unit(direction, Vec3.UnitZ);
        // Screen up: lab vertical when it is not along the view, else against y_L seen from above (the beam then runs to the right).
        var hint = Math.Abs(d.Y) < 0.95 ? Vec3.UnitY : new Vec3(0, 0, -Math.Sign(d.Y));
        var up = (hint - hint.Dot(d) * d).Normalized();
        return new SceneView(name, title, d, up);
    }
}

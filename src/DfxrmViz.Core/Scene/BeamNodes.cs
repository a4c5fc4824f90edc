using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Planning;

namespace DfxrmViz.Core.Scene;

/// <summary>Incident and diffracted beams with their true width and thickness (and a centre line that stays visible), the
/// k0, kh, Q construction at the sample (kh − k0 = Q, |k0| = |kh|; docs/physics.md §6) and the 2θ arc.</summary>
internal static class BeamNodes
{
    public const string Incident = "beam-incident";
    public const string Diffracted = "beam-diffracted";
    public const string QVector = "q-vector";

    public static IEnumerable<SceneNode> Build(SceneFrame f, OpticsLayout optics)
    {
        var width = SceneFrame.Positive(f.View.BeamWidthUm, 100);
        var thickness = SceneFrame.Positive(f.View.BeamThicknessUm, 10);
        var section = new Vec3(0, thickness / 1000, width / 1000);
        var o = f.Inputs.Orientation;
        var incidentExtras = SceneNodes.Extras(("direction", SceneValue.Of(f.K0)), ("widthUm", SceneValue.Of(width)), ("thicknessUm", SceneValue.Of(thickness)));
        var diffractedExtras = SceneNodes.Extras(("direction", SceneValue.Of(f.Kh)));
        var qExtras = SceneNodes.Extras(("direction", SceneValue.Of(f.Q)), ("magnitudeInvA", SceneValue.Of(o.QSampleInvA.Norm)));
        var back = f.BeamBackMm;
        var ahead = optics.DiffractedLengthMm(f);
        if (!f.View.ShowBeams)
        {
            yield return SceneNodes.Group(Incident, null, SceneLayer.Beams, SceneTransform.Identity, incidentExtras);
            yield return SceneNodes.Group(Diffracted, null, SceneLayer.Beams, SceneTransform.Identity, diffractedExtras);
            yield return SceneNodes.Group(QVector, null, SceneLayer.Beams, SceneTransform.Identity, qExtras);
            yield break;
        }
        foreach (var node in Beam(Incident, f.K0, -back / 2, back, section, f.Normal, incidentExtras))
        {
            yield return node;
        }
        foreach (var node in Beam(Diffracted, f.Kh, ahead / 2, ahead, section, f.Normal, diffractedExtras))
        {
            yield return node;
        }
        // The 2θ arc between the straight-through direction (drawn faint) and the diffracted beam, at the sample.
        var sweep = f.K0.AngleTo(f.Kh);
        var plane = SceneTransform.Basis(f.K0, f.Kh);
        var arc = 1.1 * f.Ls;
        yield return SceneNodes.Lines("two-theta reference", null, SceneLayer.Beams, [Vec3.Zero, 1.25 * arc * f.K0], "#9575cd", 0.8);
        yield return SceneNodes.Arc("two-theta arc", null, SceneLayer.Beams, plane, Vec3.Zero, arc, 0.006 * f.Ls, sweep, "#6a1b9a");
        // k0, kh and Q = kh − k0 drawn from one point beside the sample (the old tool's vector diagram), lengths ∝ |k|.
        var at = new Vec3(1.7 * f.Ls, -1.7 * f.Ls, 0);
        var lk = 0.9 * f.Ls;
        var shaft = 0.008 * f.Ls;
        var tipK0 = at + lk * f.K0;
        var tipKh = at + lk * f.Kh;
        yield return SceneNodes.Arrow("k0", null, SceneLayer.Beams, at, tipK0, shaft, "#6d4c41");
        yield return SceneNodes.Arrow("kh", null, SceneLayer.Beams, at, tipKh, shaft, "#6d4c41");
        yield return SceneNodes.Arrow(QVector, null, SceneLayer.Beams, tipK0, tipKh, 1.3 * shaft, "#212121", qExtras);
        if (!f.View.ShowLabels)
        {
            yield break;
        }
        var mid = plane * new Vec3(Math.Cos(sweep / 2), Math.Sin(sweep / 2), 0);
        yield return SceneNodes.Label("two-theta label", null, SceneLayer.Beams, (arc + 0.12 * f.Ls) * mid + 0.1 * f.Ls * f.K0,
            $"2θ = {SceneText.Number(TwoThetaDeg(f), 4)}°", "#6a1b9a");
        yield return SceneNodes.Label("k0 label", null, SceneLayer.Beams, tipK0 + 0.1 * f.Ls * f.K0, "k0", "#6d4c41");
        yield return SceneNodes.Label("kh label", null, SceneLayer.Beams, tipKh + 0.1 * f.Ls * f.Kh, "kh", "#6d4c41");
        yield return SceneNodes.Label("q-vector label", null, SceneLayer.Beams, 0.5 * (tipK0 + tipKh) + 0.12 * f.Ls * f.Q,
            $"Q {SceneText.Hkl(f.Inputs.Hkl)}", "#212121");
        yield return SceneNodes.Label($"{Incident} label", null, SceneLayer.Beams, -Math.Min(0.75 * back, 2.2 * f.Ls) * f.K0 + 0.08 * f.Ls * f.Normal.Cross(f.K0),
            $"incident beam {SceneText.Number(width, 1)} × {SceneText.Number(thickness, 1)} µm (w × t)", "#e65100");
        yield return SceneNodes.Label($"{Diffracted} label", null, SceneLayer.Beams, Math.Min(0.5 * ahead, 1.5 * f.Ls) * f.Kh - 0.12 * f.Ls * f.Normal.Cross(f.Kh),
            "diffracted beam", "#e65100");
    }

    /// <summary>2θ in degrees as the orientation computed it (the drawn beams make this angle; the export tests check it).</summary>
    private static double TwoThetaDeg(SceneFrame f) => f.Inputs.Orientation.TwoThetaDeg;

    private static IEnumerable<SceneNode> Beam(string name, Vec3 direction, double centre, double length, Vec3 section, Vec3 normal,
        ValueMap<SceneValue> extras)
    {
        var basis = SceneTransform.Basis(direction, normal.Cross(direction));
        yield return SceneNodes.Node(name, null, SceneNodeKind.Box, SceneLayer.Beams, new SceneTransform(centre * direction, basis, 1), "#ff8f00", 0.55,
            new SceneGeometry { Size = new Vec3(length, section.Y, section.Z) }, extras);
        yield return SceneNodes.Lines($"{name} axis", name, SceneLayer.Beams, [new Vec3(-length / 2, 0, 0), new Vec3(length / 2, 0, 0)], "#e65100");
    }
}

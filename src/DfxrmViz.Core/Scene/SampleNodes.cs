using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Orientation;

namespace DfxrmViz.Core.Scene;

/// <summary>The sample box on the top goniometer stage, in its own frame S (x up/height, y width, z exit normal/thickness;
/// docs/physics.md §6): translucent with edges, its three dimensions labelled, the exit surface marked, and the up and
/// exit-normal arrows labelled with the crystal vectors they are.</summary>
internal static class SampleNodes
{
    public const string Name = "sample";

    public static IEnumerable<SceneNode> Build(SceneFrame f, string? topStage)
    {
        var o = f.Inputs.Orientation;
        // The top stage's frame is G Γ_stages Gᵀ in glTF axes; the sample must end up at G Γ (S → glTF).
        var stages = GoniometerNodes.StageRotation(f);
        var local = f.HasSolution ? SceneFrame.G : SceneFrame.G * stages.Transpose() * f.Gamma;
        var d = f.SampleDrawnMm;
        var um = f.SampleUm;
        yield return SceneNodes.Node(Name, topStage, SceneNodeKind.Box, SceneLayer.Sample, SceneTransform.Rotated(local), "#90a4ae", 0.35,
            new SceneGeometry { Size = d },
            SceneNodes.Extras(("sizeUm", SceneValue.Of(um)), ("up", SceneValue.Of(f.SampleToWorld * Frames.SampleUp)),
                ("exitNormal", SceneValue.Of(f.SampleToWorld * Frames.SampleFront))));
        yield return SceneNodes.Node($"{Name} exit surface", Name, SceneNodeKind.Box, SceneLayer.Sample,
            SceneTransform.At(new Vec3(0, 0, d.Z / 2)), "#ff9800", 0.6, new SceneGeometry { Size = new Vec3(0.97 * d.X, 0.97 * d.Y, 0.002 * f.Ls) });
        var arrow = 0.65 * f.Ls;
        var shaft = 0.01 * f.Ls;
        var upFrom = new Vec3(d.X / 2, 0, 0);
        var exitFrom = new Vec3(0, 0, d.Z / 2);
        yield return SceneNodes.Arrow($"{Name} up", Name, SceneLayer.Sample, upFrom, upFrom + arrow * Vec3.UnitX, shaft, "#c62828");
        yield return SceneNodes.Arrow($"{Name} exit normal", Name, SceneLayer.Sample, exitFrom, exitFrom + arrow * Vec3.UnitZ, shaft, "#ef6c00");
        if (!f.View.ShowLabels)
        {
            yield break;
        }
        var front = o.Mount.Front;
        var frontText = front.Kind == LatticeVectorKind.Plane ? $"exit surface {SceneText.Vector(front)}" : $"exit normal ∥ {SceneText.Vector(front)}";
        yield return SceneNodes.Label($"{Name} up label", Name, SceneLayer.Sample, upFrom + 1.15 * arrow * Vec3.UnitX,
            $"up {SceneText.Vector(o.Mount.Up)}", "#c62828");
        yield return SceneNodes.Label($"{Name} exit label", Name, SceneLayer.Sample, exitFrom + 1.15 * arrow * Vec3.UnitZ, frontText, "#e65100");
        var thick = f.SampleThickened ? " (drawn thicker)" : "";
        var gap = 0.1 * f.Ls;
        yield return SceneNodes.Label($"{Name} height label", Name, SceneLayer.Sample, new Vec3(0, -d.Y / 2 - gap, d.Z / 2),
            $"height {SceneText.LengthUm(um.X)}" + (um.X < d.X * 1000 / Scale(f) * 0.999 ? thick : ""));
        yield return SceneNodes.Label($"{Name} width label", Name, SceneLayer.Sample, new Vec3(-d.X / 2 - gap, 0, d.Z / 2),
            $"width {SceneText.LengthUm(um.Y)}" + (um.Y < d.Y * 1000 / Scale(f) * 0.999 ? thick : ""));
        yield return SceneNodes.Label($"{Name} thickness label", Name, SceneLayer.Sample, new Vec3(d.X / 2 + gap, d.Y / 2 + gap, 0),
            $"thickness {SceneText.LengthUm(um.Z)}" + (um.Z < d.Z * 1000 / Scale(f) * 0.999 ? thick : ""));
    }

    private static double Scale(SceneFrame f) => f.Ls * 1000 / Math.Max(f.SampleUm.X, Math.Max(f.SampleUm.Y, f.SampleUm.Z));
}

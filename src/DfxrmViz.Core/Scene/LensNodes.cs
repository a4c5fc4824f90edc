using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Scene;

/// <summary>The objective lens box on the diffracted beam (first lenslet centre at d1, every lenslet drawn) and the
/// detector at d2 after the last lenslet; placed by <see cref="OpticsLayout"/>, which states any scale it applies.</summary>
internal static class LensNodes
{
    public const string Name = "lens";

    public static IEnumerable<SceneNode> Build(SceneFrame f, OpticsLayout optics)
    {
        var basis = SceneTransform.Basis(f.Kh, f.Normal.Cross(f.Kh));
        var lens = f.Inputs.Lens;
        if (optics.HasLens && lens is not null)
        {
            yield return SceneNodes.Group(Name, null, SceneLayer.Lens, new SceneTransform(optics.LensStartMm * f.Kh, basis, 1),
                SceneNodes.Extras(("d1Mm", SceneValue.Of(lens.D1Mm)), ("lengthMm", SceneValue.Of(lens.DLMm)), ("d2Mm", SceneValue.Of(lens.D2Mm)),
                    ("magnification", SceneValue.Of(lens.Magnification)), ("drawnPerTrueAlongBeam", SceneValue.Of(optics.AlongFactor))));
            if (f.View.ShowLens)
            {
                foreach (var node in Box(f, optics, lens.LensletPositionsMm, lens))
                {
                    yield return node;
                }
            }
        }
        if (optics.DetectorMm is double detector && f.View.ShowLens)
        {
            var size = 0.7 * f.Ls;
            yield return SceneNodes.Node("detector", null, SceneNodeKind.Box, SceneLayer.Lens, new SceneTransform(detector * f.Kh, basis, 1),
                "#37474f", 0.9, new SceneGeometry { Size = new Vec3(0.03 * f.Ls, size, size) },
                SceneNodes.Extras(("d2Mm", SceneValue.Of(lens?.D2Mm ?? f.Inputs.DetectorDistanceMm ?? 0)),
                    ("dTotMm", SceneValue.Of(lens?.DTotMm ?? f.Inputs.DetectorDistanceMm ?? 0))));
            if (f.View.ShowLabels)
            {
                var text = lens is not null && optics.HasLens
                    ? $"detector: d2 = {SceneText.LengthMm(lens.D2Mm)} (d_tot = {SceneText.LengthMm(lens.DTotMm)})"
                    : $"detector: d_tot = {SceneText.LengthMm(f.Inputs.DetectorDistanceMm ?? 0)}";
                yield return SceneNodes.Label("detector label", "detector", SceneLayer.Lens, new Vec3(0, 0.65 * size, 0), text, "#263238");
            }
        }
    }

    private static IEnumerable<SceneNode> Box(SceneFrame f, OpticsLayout optics, IReadOnlyList<double> positions, Optics.LensResult lens)
    {
        var radius = 0.09 * f.Ls;
        var drawn = optics.LensDrawnMm;
        var spacing = positions.Zip(positions.Skip(1), (p, q) => q - p).Where(d => d > 0).DefaultIfEmpty(1).Min();
        var thickness = Math.Max(0.5 * spacing * optics.AlongFactor, 0.002 * f.Ls);
        yield return SceneNodes.Node($"{Name} box", Name, SceneNodeKind.Box, SceneLayer.Lens, SceneTransform.At(new Vec3(drawn / 2, 0, 0)),
            "#b0bec5", 0.2, new SceneGeometry { Size = new Vec3(drawn + 2 * thickness + 0.04 * f.Ls, 2.6 * radius, 2.6 * radius) });
        yield return SceneNodes.Node($"{Name} lenslets", Name, SceneNodeKind.Discs, SceneLayer.Lens, SceneTransform.Identity, "#78909c", 0.85,
            new SceneGeometry
            {
                Radius = radius,
                Length = thickness,
                Instances = new(positions.Select((p, i) => new SceneInstance($"lenslet {i + 1}", new Vec3(p * optics.AlongFactor, 0, 0)))),
            });
        if (f.View.MagnificationBehindLens && double.IsFinite(lens.Magnification) && optics.DetectorMm is double detector)
        {
            var r0 = SceneFrame.Positive(f.View.BeamThicknessUm, 10) / 2000;
            var r1 = Math.Min(r0 * Math.Abs(lens.Magnification), 0.3 * f.Ls);
            yield return SceneNodes.Node($"{Name} image beam", Name, SceneNodeKind.Cylinder, SceneLayer.Lens, SceneTransform.Identity, "#ffb74d", 0.35,
                new SceneGeometry { Points = new([new Vec3(drawn, 0, 0), new Vec3(detector - optics.LensStartMm, 0, 0)]), Radius = r0, Radius2 = r1 });
        }
        if (f.View.ShowLabels)
        {
            var text = $"objective: {positions.Count} lenslets, M = {SceneText.Number(lens.Magnification, 2)}";
            yield return SceneNodes.Label($"{Name} label", Name, SceneLayer.Lens, new Vec3(drawn / 2, 2.2 * radius + 0.15 * f.Ls, 0), text, "#37474f");
        }
    }
}

using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Scene;

/// <summary>The legend panel (what is drawn, element colours, every stated scale) and the caption beside the cell.</summary>
internal static class LegendNodes
{
    public const string Name = "legend";

    public static IEnumerable<SceneNode> Build(SceneFrame f, CellLayout cell, IReadOnlyList<DrawnAtom> atoms, IReadOnlyList<string> notes)
    {
        var i = f.Inputs;
        var entries = new List<LegendEntry>
        {
            new($"{i.CrystalName} {SceneText.Hkl(i.Hkl)} at {SceneText.Number(i.EnergyKeV, 3)} keV, 2θ = {SceneText.Number(i.Orientation.TwoThetaDeg, 4)}°", null),
        };
        if (f.View.ShowCell)
        {
            entries.AddRange(atoms.Select(a => a.Element).Distinct(StringComparer.Ordinal)
                .Select(e => new LegendEntry(e, ElementStyles.Of(e).Color)));
        }
        entries.AddRange(notes.Select(n => new LegendEntry(n, null)));
        yield return SceneNodes.Node(Name, null, SceneNodeKind.Legend, SceneLayer.Legend, SceneTransform.Identity, "#202124", 1,
            new SceneGeometry { Legend = new(entries) });
        if (f.View.ShowCell && f.View.ShowLabels)
        {
            var above = cell.CentreMm + new Vec3(0, 0.6 * cell.DiagonalA * cell.MmPerA + 0.1 * f.Ls, 0);
            yield return SceneNodes.Label("unit-cell caption", null, SceneLayer.Cell, above,
                $"unit cell, 1 Å = {SceneText.LengthUm(cell.MmPerA * 1000)} drawn", "#37474f");
        }
    }

    /// <summary>The scales the picture uses, stated once each.</summary>
    public static IReadOnlyList<string> Notes(SceneFrame f, CellLayout cell, OpticsLayout optics)
    {
        var notes = new List<string>();
        var scale = SceneFrame.Positive(f.View.SampleScale, 1);
        notes.Add(scale == 1 ? "Sample to scale." : $"Sample drawn ×{SceneText.Significant(scale)}.");
        if (f.SampleThickened)
        {
            notes.Add($"Sample edges thinner than {SceneText.Number(100 * SceneFrame.MinSampleAspect, 1)} % of the largest are drawn at that size.");
        }
        notes.Add($"Unit cell drawn at 1 Å = {SceneText.LengthUm(cell.MmPerA * 1000)} (×{SceneText.Significant(cell.MmPerA * 1e7, 3)}), true orientation.");
        if (optics.Note is { } n)
        {
            notes.Add(n);
        }
        notes.Add("k0, kh, Q: directions true, lengths ∝ |k| (kh − k0 = Q).");
        if (!f.HasSolution)
        {
            notes.Add("No goniometer solution chosen: the sample is drawn in Bragg condition, the stages at 0°.");
        }
        return notes;
    }
}

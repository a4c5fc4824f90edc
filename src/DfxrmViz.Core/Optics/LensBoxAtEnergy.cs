namespace DfxrmViz.Core.Optics;

/// <summary>The part of a lens calculation that depends on the energy and the model only, not on 2θ or the distance: δ, β, µ of
/// each series, the lenslet positions and focal lengths f = R/(2δ) and the box matrix (docs/physics.md §8).</summary>
/// <param name="Optics">δ, β, µ_L per series, in box.Series order.</param>
/// <param name="PositionsMm">Lenslet centres along the box, first = 0.</param>
/// <param name="FocalMm">Focal length per lenslet (empty when δ is unusable).</param>
/// <param name="Matrix">The box matrix, or null when some series has no positive finite δ.</param>
/// <param name="LengthMm">First to last lenslet centre.</param>
internal sealed record LensBoxAtEnergy(IReadOnlyList<LensMaterialOptics> Optics, List<double> PositionsMm, List<double> FocalMm,
    RayTransfer? Matrix, double LengthMm)
{
    /// <summary>Built from <paramref name="optics"/> (one per series of <paramref name="box"/>).</summary>
    public static LensBoxAtEnergy Of(LensBox box, IReadOnlyList<LensMaterialOptics> optics, LensModel model)
    {
        if (optics.Count != box.Series.Count || optics.Any(o => !(o.Delta > 0) || !double.IsFinite(o.Delta)))
        {
            return new LensBoxAtEnergy(optics, [], [], null, 0);
        }
        var lenslets = LensLayout.Lenslets(box);
        var positions = lenslets.Select(l => l.PositionMm).ToList();
        var focal = lenslets.Select(l => LensCalculator.FocalLengthMm(box.Series[l.SeriesIndex], optics[l.SeriesIndex].Delta)).ToList();
        return new LensBoxAtEnergy(optics, positions, focal, LensImaging.BoxMatrix(positions, focal, model), LensLayout.LengthMm(box));
    }
}

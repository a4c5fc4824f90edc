using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.Optics;

/// <summary>Lens box at one energy, angle and distance: δ, β, focal lengths, imaging (d1, d2, A), mount point, transmission.</summary>
public static class LensCalculator
{
    /// <summary>Computes with δ, β, µ of each series' material from per-atom X-ray data (f′, f″, µ/ρ).</summary>
    /// <exception cref="InputException">bad request field, or no image (PhysicallyImpossible).</exception>
    public static LensResult Compute(LensFile lens, LensRequest request, AtomicOpticsData data)
    {
        ArgumentNullException.ThrowIfNull(lens);
        ArgumentNullException.ThrowIfNull(request);
        LensRequestChecks.Check(request);
        var optics = lens.Box.Series.Select(s => LensMaterialOpticsCalculator.Compute(s.Material, request.EnergyKeV, data)).ToList();
        return Compute(lens, request, optics);
    }

    /// <summary>Computes with given δ, β (and optionally µ_L) per series, in box.Series order (tests; other δ sources).</summary>
    public static LensResult Compute(LensFile lens, LensRequest request, IReadOnlyList<LensMaterialOptics> opticsPerSeries)
    {
        ArgumentNullException.ThrowIfNull(lens);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(opticsPerSeries);
        var (twoThetaRad, dTotMm, field) = LensRequestChecks.Check(request);
        var box = lens.Box;
        if (opticsPerSeries.Count != box.Series.Count || opticsPerSeries.Any(o => !(o.Delta > 0) || !double.IsFinite(o.Delta)))
        {
            throw new InputException("lens", "The lens material has no positive refractive-index decrement δ at this energy.");
        }
        var lenslets = LensLayout.Lenslets(box);
        var positions = lenslets.Select(l => l.PositionMm).ToList();
        var focal = lenslets.Select(l => FocalLengthMm(box.Series[l.SeriesIndex], opticsPerSeries[l.SeriesIndex].Delta)).ToList();
        var matrix = LensImaging.BoxMatrix(positions, focal, request.Model);
        var cos = Math.Cos(twoThetaRad);
        var image = LensImaging.Solve(matrix, LensLayout.LengthMm(box), dTotMm, cos, field);
        var mount = LensMountPoint.Position(box.MountOffsets, image.D1Mm, twoThetaRad);
        var transmission = Transmission(box, request, opticsPerSeries);
        var result = new LensResult(opticsPerSeries[0].Delta, opticsPerSeries[0].Beta, focal[0], image.EffectiveFocalLengthMm,
            image.D1Mm, image.DLMm, image.D2Mm, image.DTotMm, image.Magnification, mount,
            transmission is null ? null : transmission.Average ?? transmission.OnAxis, request.Model, request.TwoThetaDeg,
            dTotMm * cos, transmission?.EffectiveApertureRmsUm, transmission?.EffectiveApertureRmsUm * 1e-3 / image.D1Mm,
            positions, image.Roots, LensMountPoint.Printed(box.PrintFlags, mount, twoThetaRad), lens.UnusedKeys, lens.Warnings);
        return LensRequestChecks.Finite(result);
    }

    /// <summary>Focal length of one biconcave parabolic lenslet, f = R/(2δ) ([Si17]; docs/physics.md §8), R µm → mm.</summary>
    public static double FocalLengthMm(LensSeries series, double delta)
    {
        ArgumentNullException.ThrowIfNull(series);
        return series.RadiusOfCurvatureUm * 1e-3 / (2 * delta);
    }

    private static LensTransmission? Transmission(LensBox box, LensRequest request, IReadOnlyList<LensMaterialOptics> optics)
    {
        if (optics.Any(o => o.LinearAttenuationPerMm is null))
        {
            return null;
        }
        return LensTransmissionCalculator.Compute(box, [.. optics.Select(o => o.LinearAttenuationPerMm!.Value)],
            request.ApertureRadiusUm, request.WebThicknessUm ?? 0);
    }
}

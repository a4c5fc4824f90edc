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
        var optics = LensOpticsCache.Compute(lens, request.EnergyKeV, data);
        return Compute(lens, request, optics);
    }

    /// <summary>Computes with given δ, β (and optionally µ_L) per series, in box.Series order (tests; other δ sources).</summary>
    public static LensResult Compute(LensFile lens, LensRequest request, IReadOnlyList<LensMaterialOptics> opticsPerSeries) =>
        TryCompute(lens, request, opticsPerSeries, out var problem) ?? throw new InputException(problem!);

    /// <summary>As <see cref="Compute(LensFile, LensRequest, IReadOnlyList{LensMaterialOptics})"/>, but "no image", "no positive δ"
    /// and "not finite" give null and <paramref name="problem"/> instead of an exception (the energy curve has many such points).</summary>
    /// <exception cref="InputException">a bad request field.</exception>
    public static LensResult? TryCompute(LensFile lens, LensRequest request, IReadOnlyList<LensMaterialOptics> opticsPerSeries, out InputProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(lens);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(opticsPerSeries);
        LensRequestChecks.Check(request);
        return TryCompute(lens, request, LensBoxAtEnergy.Of(lens.Box, opticsPerSeries, request.Model), out problem);
    }

    /// <summary>As above, with the energy-only part (δ, focal lengths, box matrix) already built.</summary>
    internal static LensResult? TryCompute(LensFile lens, LensRequest request, LensBoxAtEnergy atEnergy, out InputProblem? problem)
    {
        var (twoThetaRad, dTotMm, field) = LensRequestChecks.Check(request);
        var box = lens.Box;
        problem = null;
        if (atEnergy.Matrix is not { } matrix)
        {
            problem = new InputProblem("lens", "The lens material has no positive refractive-index decrement δ at this energy.");
            return null;
        }
        var optics = atEnergy.Optics;
        var cos = Math.Cos(twoThetaRad);
        if (LensImaging.TrySolve(matrix, atEnergy.LengthMm, dTotMm) is not { } image)
        {
            problem = LensImaging.NoImage(matrix, atEnergy.LengthMm, dTotMm, cos, field);
            return null;
        }
        var mount = LensMountPoint.Position(box.MountOffsets, image.D1Mm, twoThetaRad);
        var transmission = Transmission(box, request, optics);
        var result = new LensResult(optics[0].Delta, optics[0].Beta, atEnergy.FocalMm[0], image.EffectiveFocalLengthMm,
            image.D1Mm, image.DLMm, image.D2Mm, image.DTotMm, image.Magnification, mount,
            transmission is null ? null : transmission.Average ?? transmission.OnAxis, request.Model, request.TwoThetaDeg,
            dTotMm * cos, transmission?.EffectiveApertureRmsUm, transmission?.EffectiveApertureRmsUm * 1e-3 / image.D1Mm,
            atEnergy.PositionsMm, image.Roots, LensMountPoint.Printed(box.PrintFlags, mount, twoThetaRad), lens.UnusedKeys, lens.Warnings);
        if (!LensRequestChecks.IsFinite(result))
        {
            problem = LensRequestChecks.NotFinite;
            return null;
        }
        return result;
    }

    /// <summary>d1 and the magnification alone, for the lens energy plot: the same solve as <see cref="TryCompute(LensFile, LensRequest,
    /// LensBoxAtEnergy, out InputProblem?)"/> and null where it gives no result, without building the result (mount
    /// coordinates as printed, transmission): the plot solves 236 energies on every edit. The transmission, which the plot
    /// does not show, is not computed, so it cannot make a point a gap; every other number the full solve checks is checked.</summary>
    /// <param name="lens">The lens file (its mount offsets).</param>
    /// <param name="atEnergy">δ, β, focal lengths and box matrix at the energy (<see cref="LensOpticsCache"/>).</param>
    /// <param name="twoThetaRad">2θ as <see cref="LensRequestChecks.Check"/> gives it.</param>
    /// <param name="dTotMm">d_tot as <see cref="LensRequestChecks.Check"/> gives it.</param>
    internal static (double D1Mm, double Magnification)? TryImage(LensFile lens, LensBoxAtEnergy atEnergy, double twoThetaRad, double dTotMm)
    {
        if (atEnergy.Matrix is not { } matrix || LensImaging.TrySolve(matrix, atEnergy.LengthMm, dTotMm) is not { } image)
        {
            return null;
        }
        var optics = atEnergy.Optics[0];
        var mount = LensMountPoint.Position(lens.Box.MountOffsets, image.D1Mm, twoThetaRad);
        return LensRequestChecks.AllFinite([optics.Delta, optics.Beta, atEnergy.FocalMm[0], image.EffectiveFocalLengthMm, image.D1Mm, image.DLMm,
            image.D2Mm, image.DTotMm, image.Magnification, mount.X, mount.Y, dTotMm * Math.Cos(twoThetaRad)], image.Roots)
            ? (image.D1Mm, image.Magnification)
            : null;
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

using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.Optics;

/// <summary>One point of the d1/magnification-vs-energy plot; null values where no image exists at that energy.</summary>
public sealed record LensCurvePoint(double EnergyKeV, double? D1Mm, double? Magnification);

/// <summary>d1 and signed magnification of a lens box against energy at fixed 2θ and distance (for the lens plot).</summary>
public static class LensEnergyCurve
{
    /// <summary>At most this many energies per curve (a plot needs a few hundred).</summary>
    public const int MaxPoints = 2000;

    /// <exception cref="InputException">bad 2θ or distance (checked once), or too many energies; a bad or imageless energy gives a null point.</exception>
    public static IReadOnlyList<LensCurvePoint> Compute(LensFile lens, IReadOnlyList<double> energiesKeV, double twoThetaDeg,
        double? dTotMm, double? dTotPrimeMm, LensModel model, AtomicOpticsData data)
    {
        ArgumentNullException.ThrowIfNull(lens);
        ArgumentNullException.ThrowIfNull(energiesKeV);
        if (energiesKeV.Count > MaxPoints)
        {
            throw new InputException("energiesKeV", $"At most {MaxPoints} energies per curve; got {energiesKeV.Count}.");
        }
        var (twoThetaRad, dTot, _) = LensRequestChecks.Check(new LensRequest(1, twoThetaDeg, dTotMm, dTotPrimeMm, model)); // 2θ and distance once
        var points = new LensCurvePoint[energiesKeV.Count];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = Point(lens, energiesKeV[i], twoThetaRad, dTot, model, data);
        }
        return points;
    }

    private static LensCurvePoint Point(LensFile lens, double energyKeV, double twoThetaRad, double dTotMm, LensModel model, AtomicOpticsData data)
    {
        if (!double.IsFinite(energyKeV) || energyKeV <= 0)
        {
            return new LensCurvePoint(energyKeV, null, null); // what LensRequestChecks refuses
        }
        try
        {
            // δ, β, µ and the box matrix of this energy are remembered per lens file (no 2θ in them); no image is a null, not an exception.
            var image = LensCalculator.TryImage(lens, LensOpticsCache.At(lens, energyKeV, model, data), twoThetaRad, dTotMm);
            return new LensCurvePoint(energyKeV, image?.D1Mm, image?.Magnification);
        }
        catch (InputException)
        {
            // The energy is outside the X-ray tables: a gap in the plot.
            return new LensCurvePoint(energyKeV, null, null);
        }
    }
}

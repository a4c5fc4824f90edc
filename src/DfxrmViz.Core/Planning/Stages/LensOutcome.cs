using DfxrmViz.Core.Optics;

namespace DfxrmViz.Core.Planning.Stages;

/// <summary>The lens stage: the lens file (read once per source), the imaging solution at the plan's energy and 2θ, and the
/// positions the optics figure draws, all in the scattering plane (x along the incident beam, y up, origin at the sample).</summary>
/// <param name="File">The lens file.</param>
/// <param name="Result">d1, dL, d2, magnification, mount point, transmission (docs/physics.md §8).</param>
/// <param name="ApertureGiven">Whether the plan gives the aperture radius R0 (without it only the on-axis transmission exists).</param>
/// <param name="FirstLensMm">Centre of the first lens: d1 (cos 2θ, sin 2θ).</param>
/// <param name="LastLensMm">Centre of the last lens: (d1 + dL)(cos 2θ, sin 2θ).</param>
/// <param name="DetectorMm">The detector: d_tot (cos 2θ, sin 2θ).</param>
public sealed record LensOutcome(LensFile File, LensResult Result, bool ApertureGiven, PlanePointMm FirstLensMm, PlanePointMm LastLensMm, PlanePointMm DetectorMm)
{
    /// <summary>The outcome with the lab positions of the figure (points along the diffracted beam at distance s: s(cos 2θ, sin 2θ)).</summary>
    public static LensOutcome Of(LensFile file, LensResult r, bool apertureGiven)
    {
        ArgumentNullException.ThrowIfNull(r);
        var (s, c) = Math.SinCos(r.TwoThetaDeg * Math.PI / 180);
        PlanePointMm At(double d) => new(d * c, d * s);
        return new LensOutcome(file, r, apertureGiven, At(r.D1Mm), At(r.D1Mm + r.DLMm), At(r.DTotMm));
    }

    /// <summary>Lenslets in the box.</summary>
    public int LensletCount => File.Box.Series.Sum(s => s.NumberOfLenses);
}

/// <summary>d1 and |M| against energy for the lens plot (docs/physics.md §8), on <see cref="PlotRanges.LensEnergiesKeV"/>.</summary>
/// <param name="Points">One point per energy; null values where no image exists.</param>
public sealed record LensCurve(IReadOnlyList<LensCurvePoint> Points);

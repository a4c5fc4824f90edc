using System.Collections.Immutable;

namespace DfxrmViz.Core.Absorption;

/// <summary>Transmission T = exp(−t/L) against thickness t at one energy (Beer–Lambert, docs/physics.md §3), sampled for the
/// page's transmission plot and the PDF's, which draw the same points: t = maxUm·i/n for i = 1…n with
/// maxUm = max(4 L, 1.25 × the sample), so the 1/e point (t = L) and the sample both lie inside the plot.</summary>
/// <param name="ThicknessesUm">t (µm), increasing.</param>
/// <param name="Transmissions">T(t), 0–1.</param>
/// <param name="MaxUm">The last thickness (the plot's right end).</param>
/// <param name="SampleTransmission">T at the sample thickness.</param>
/// <param name="AtLengthTransmission">T at t = L (1/e).</param>
public sealed record TransmissionCurve(ImmutableArray<double> ThicknessesUm, ImmutableArray<double> Transmissions, double MaxUm,
    double SampleTransmission, double AtLengthTransmission)
{
    /// <summary>Points of the plots.</summary>
    public const int Points = 300;

    /// <summary>The curve for attenuation length <paramref name="attenuationLengthUm"/> and sample thickness <paramref name="sampleThicknessUm"/>.</summary>
    /// <exception cref="Diagnostics.InputException">thickness not positive (field thicknessUm).</exception>
    public static TransmissionCurve Compute(double attenuationLengthUm, double sampleThicknessUm, int points = Points)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 2);
        var maxUm = Math.Max(4 * attenuationLengthUm, 1.25 * sampleThicknessUm);
        var t = new double[points];
        var transmission = new double[points];
        for (var i = 0; i < points; i++)
        {
            t[i] = maxUm * (i + 1) / points;
            transmission[i] = Attenuation.TransmissionAtLength(attenuationLengthUm, t[i]);
        }
        return new TransmissionCurve([.. t], [.. transmission], maxUm,
            Attenuation.TransmissionAtLength(attenuationLengthUm, sampleThicknessUm),
            Attenuation.TransmissionAtLength(attenuationLengthUm, attenuationLengthUm));
    }
}

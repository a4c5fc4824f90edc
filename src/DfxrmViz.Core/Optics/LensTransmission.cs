namespace DfxrmViz.Core.Optics;

/// <summary>Absorption of a CRL and its Gaussian effective aperture.</summary>
/// <param name="OnAxis">Intensity transmission on the axis, e^(−Σ µ_L N t_web).</param>
/// <param name="Average">Mean transmission over the physical aperture of radius R0 when R0 was given, else null.</param>
/// <param name="EffectiveApertureRmsUm">rms radius σ_a of the Gaussian aperture in µm (null without absorption).</param>
public sealed record LensTransmission(double OnAxis, double? Average, double? EffectiveApertureRmsUm);

/// <summary>
/// CRL transmission (docs/physics.md §8 "Beyond upstream", [Si17] thin-lens limit): lenslet thickness r²/R + t_web, so the
/// intensity is exp(−Σ_s µ_s N_s (r²/R_s + t_web)): Gaussian aperture σ_a = 1/√(2 Σ µ_s N_s / R_s); over radius R0,
/// T̄ = e^(−Σ µ_s N_s t_web)(1 − e^(−a))/a with a = R0² Σ µ_s N_s / R_s.
/// </summary>
public static class LensTransmissionCalculator
{
    /// <param name="box">The lens box.</param>
    /// <param name="linearAttenuationPerMm">µ_L of each series' material in mm⁻¹ (same order as box.Series).</param>
    /// <param name="apertureRadiusUm">Physical aperture radius R0 in µm (optional).</param>
    /// <param name="webThicknessUm">Web (apex) thickness of one lenslet in µm (default 0).</param>
    public static LensTransmission Compute(LensBox box, IReadOnlyList<double> linearAttenuationPerMm,
        double? apertureRadiusUm = null, double webThicknessUm = 0)
    {
        ArgumentNullException.ThrowIfNull(box);
        ArgumentNullException.ThrowIfNull(linearAttenuationPerMm);
        double curvatureSum = 0, webSum = 0;
        for (var i = 0; i < box.Series.Count; i++)
        {
            var s = box.Series[i];
            curvatureSum += linearAttenuationPerMm[i] * s.NumberOfLenses / (s.RadiusOfCurvatureUm * 1e-3);
            webSum += linearAttenuationPerMm[i] * s.NumberOfLenses * webThicknessUm * 1e-3;
        }
        var onAxis = Math.Exp(-webSum);
        double? sigmaUm = curvatureSum > 0 ? 1e3 / Math.Sqrt(2 * curvatureSum) : null;
        double? average = null;
        if (apertureRadiusUm is double r0Um)
        {
            var a = curvatureSum * Math.Pow(r0Um * 1e-3, 2);
            average = onAxis * (a > 1e-12 ? -double.ExpM1(-a) / a : 1 - (a / 2));
        }
        return new LensTransmission(onAxis, average, sigmaUm);
    }
}

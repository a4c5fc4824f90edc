using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Units;

namespace DfxrmViz.Core.Scattering;

/// <summary>Bragg's law and the instrument's 2θ window (docs/physics.md §4): θ = asin(λ/2d); reflection h is inside
/// [2θmin, 2θmax] for E ∈ [hc/(2d sin θmax), hc/(2d sin θmin)].</summary>
public static class BraggWindow
{
    /// <summary>2θ in degrees for spacing d (Å) at wavelength λ (Å); NaN when λ/2d &gt; 1 (unreachable at any angle).</summary>
    public static double TwoThetaDeg(double dA, double wavelengthA)
    {
        var x = wavelengthA / (2 * dA);
        return x > 1 ? double.NaN : 2 * Math.Asin(x) * 180 / Math.PI;
    }

    /// <summary>|q| = 2 sin θ/λ (Å⁻¹, no 2π) at scattering angle <paramref name="twoThetaDeg"/>.</summary>
    public static double QInvA(double twoThetaDeg, double wavelengthA) => 2 * Math.Sin(twoThetaDeg * Math.PI / 360) / wavelengthA;

    /// <summary>Lowest energy (keV) at which spacing d reaches 2θ ≤ 2θmax: hc/(2d sin θmax).</summary>
    public static double MinEnergyKeV(double dA, double twoThetaMaxDeg) =>
        PhysicalConstants.HcKeVA / (2 * dA * Math.Sin(twoThetaMaxDeg * Math.PI / 360));

    /// <summary>Highest energy (keV) at which spacing d still has 2θ ≥ 2θmin: hc/(2d sin θmin); ∞ for 2θmin = 0.</summary>
    public static double MaxEnergyKeV(double dA, double twoThetaMinDeg) =>
        twoThetaMinDeg <= 0 ? double.PositiveInfinity : PhysicalConstants.HcKeVA / (2 * dA * Math.Sin(twoThetaMinDeg * Math.PI / 360));

    /// <summary>Throws unless 0 ≤ 2θmin &lt; 2θmax ≤ 180° (all finite): an empty or inverted window is refused.</summary>
    public static void Validate(double twoThetaMinDeg, double twoThetaMaxDeg)
    {
        if (!double.IsFinite(twoThetaMinDeg) || twoThetaMinDeg < 0 || twoThetaMinDeg >= 180)
        {
            throw new InputException(new InputProblem("twoThetaMinDeg",
                $"2θmin must be a number in [0°, 180°); got {InputProblem.Show(twoThetaMinDeg)}."));
        }
        if (!double.IsFinite(twoThetaMaxDeg) || twoThetaMaxDeg <= 0 || twoThetaMaxDeg > 180)
        {
            throw new InputException(new InputProblem("twoThetaMaxDeg",
                $"2θmax must be a number in (0°, 180°]; got {InputProblem.Show(twoThetaMaxDeg)}."));
        }
        if (twoThetaMinDeg > twoThetaMaxDeg)
        {
            throw new InputException(new InputProblem("twoThetaMaxDeg",
                $"The 2θ window is inverted: 2θmin = {InputProblem.Show(twoThetaMinDeg)}° > 2θmax = {InputProblem.Show(twoThetaMaxDeg)}°; swap them."));
        }
        if (twoThetaMinDeg == twoThetaMaxDeg)
        {
            throw new InputException(new InputProblem("twoThetaMaxDeg",
                $"The 2θ window [{InputProblem.Show(twoThetaMinDeg)}°, {InputProblem.Show(twoThetaMaxDeg)}°] is empty; make 2θmax larger than 2θmin."));
        }
    }

    /// <summary>λ in Å, validating the energy (field energyKeV).</summary>
    internal static double WavelengthA(double energyKeV) => Photon.WavelengthA(energyKeV);
}

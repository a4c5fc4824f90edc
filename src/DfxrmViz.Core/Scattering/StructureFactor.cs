using System.Numerics;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Units;

namespace DfxrmViz.Core.Scattering;

/// <summary>Structure factor of one reflection (docs/physics.md §5):
/// F(h) = Σ_j o_j [f0_j(s) + f′_j(E) + i f″_j(E)] T_j(h) exp(+2πi h·x_j) over all atoms of the cell, s = sin θ/λ = 1/(2d).</summary>
public static class StructureFactor
{
    /// <summary>F(<paramref name="hkl"/>) in electrons per cell at <paramref name="energyKeV"/>.</summary>
    /// <exception cref="InputException">energy not positive (or outside 1–200 keV with anomalous terms), s beyond the f0
    /// table's range, an element missing from the tables.</exception>
    public static Complex Compute(Crystal.Crystal crystal, Hkl hkl, double energyKeV, ScatteringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(crystal);
        options ??= ScatteringOptions.Default;
        var s = SInvA(crystal, hkl);
        RequireFormFactorRange(s, options.FormFactors, energyKeV, "hkl");
        var f = new StructureFactorCalculator(crystal, energyKeV, options).Compute(hkl, s);
        return RequireFinite(f, hkl);
    }

    /// <summary>|F(<paramref name="hkl"/>)|² in electrons² per cell.</summary>
    public static double F2(Crystal.Crystal crystal, Hkl hkl, double energyKeV, ScatteringOptions? options = null) =>
        Compute(crystal, hkl, energyKeV, options) is var f ? f.Real * f.Real + f.Imaginary * f.Imaginary : 0;

    /// <summary>s = sin θ/λ = 1/(2d) = |B h|/2 in Å⁻¹.</summary>
    public static double SInvA(Crystal.Crystal crystal, Hkl hkl)
    {
        ArgumentNullException.ThrowIfNull(crystal);
        return crystal.Cell.ReciprocalVector(new(hkl.H, hkl.K, hkl.L)).Norm / 2;
    }

    /// <summary>Largest s = sin θ/λ (Å⁻¹) the f0 table holds for.</summary>
    public static double MaxSInvA(FormFactorTable table) =>
        table == FormFactorTable.It92 ? XrayData.FormFactors.It92MaxSInvA : XrayData.FormFactors.WaasmaierKirfelMaxSInvA;

    /// <summary>Throws unless s lies within the f0 table's range, saying which 2θ limit or table would work.</summary>
    internal static void RequireFormFactorRange(double sInvA, FormFactorTable table, double energyKeV, string field)
    {
        var max = MaxSInvA(table);
        if (sInvA <= max)
        {
            return;
        }
        var lambda = Photon.WavelengthA(energyKeV);
        var limit = max * lambda >= 1 ? 180 : 2 * Math.Asin(max * lambda) * 180 / Math.PI;
        var name = table == FormFactorTable.It92 ? "IT92" : "Waasmaier–Kirfel";
        var hint = table == FormFactorTable.It92 ? " or choose the Waasmaier–Kirfel table (s ≤ 6 Å⁻¹)" : "";
        throw new InputException(new InputProblem(field,
            $"sin θ/λ = {InputProblem.Show(sInvA)} Å⁻¹ is beyond the {name} form-factor range (≤ {InputProblem.Show(max)} Å⁻¹): " +
            $"at {InputProblem.Show(energyKeV)} keV keep 2θ ≤ {InputProblem.Show(limit)}°{hint}."));
    }

    internal static Complex RequireFinite(Complex f, Hkl hkl) =>
        double.IsFinite(f.Real) && double.IsFinite(f.Imaginary) && double.IsFinite(f.Real * f.Real + f.Imaginary * f.Imaginary)
            ? f
            : throw new InputException(new InputProblem("crystal",
                $"The structure factor of {hkl.InParentheses} is not finite: check the displacement parameters (negative U?).")
            { PhysicallyImpossible = true });
}

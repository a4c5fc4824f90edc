using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.Units;

/// <summary>Photon energy ⇄ wavelength, λ = hc/E with CODATA 2018 hc (docs/physics.md §1).</summary>
public static class Photon
{
    /// <summary>Wavelength in Å of a photon of <paramref name="energyKeV"/> keV.</summary>
    /// <exception cref="InputException">energy is not a finite positive number.</exception>
    public static double WavelengthA(double energyKeV)
    {
        RequirePositive(energyKeV, "energyKeV", "energy", "keV");
        return PhysicalConstants.HcKeVA / energyKeV;
    }

    /// <summary>Energy in keV of a photon of wavelength <paramref name="wavelengthA"/> Å.</summary>
    /// <exception cref="InputException">wavelength is not a finite positive number.</exception>
    public static double EnergyKeV(double wavelengthA)
    {
        RequirePositive(wavelengthA, "wavelengthA", "wavelength", "Å");
        return PhysicalConstants.HcKeVA / wavelengthA;
    }

    /// <summary>Wave number |k| = 2π/λ in Å⁻¹.</summary>
    public static double WaveNumberInvA(double energyKeV) => 2 * Math.PI / WavelengthA(energyKeV);

    private static void RequirePositive(double value, string field, string what, string unit)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new InputException(new InputProblem(field,
                $"The {what} must be a positive number of {unit}; got {InputProblem.Show(value)}."));
        }
    }
}

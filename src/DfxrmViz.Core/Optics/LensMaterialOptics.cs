using DfxrmViz.Core.Elements;
using DfxrmViz.Core.Units;

namespace DfxrmViz.Core.Optics;

/// <summary>
/// Per-atom data the lens optics need, supplied by the X-ray data tables: f′(symbol, E keV), f″(symbol, E keV) in
/// electrons and, for the transmission, the total mass attenuation coefficient µ/ρ(symbol, E keV) in cm²/g.
/// </summary>
public sealed record AtomicOpticsData(
    Func<string, double, double> FPrime,
    Func<string, double, double> FDoublePrime,
    Func<string, double, double>? MassAttenuationCm2G = null)
{
    /// <summary>XrayDB 4.4.7 data as shipped: Chantler f′, f″ (docs/physics.md §5, f1_chantler is already f′) and Chantler total µ/ρ.</summary>
    public static AtomicOpticsData XrayDb { get; } = new(
        XrayData.AnomalousScattering.FPrime,
        XrayData.AnomalousScattering.FDoublePrime,
        (symbol, energyKeV) => XrayData.MassAttenuation.CoefficientCm2PerG(symbol, energyKeV, XrayData.AttenuationTable.Chantler, XrayData.AttenuationKind.Total));
}

/// <summary>Refractive-index decrement δ, absorption index β and linear attenuation of one lens material at one energy.</summary>
/// <param name="Delta">δ (n = 1 − δ + iβ).</param>
/// <param name="Beta">β from f″ (photoabsorption).</param>
/// <param name="LinearAttenuationPerMm">µ_L in mm⁻¹, or null when no attenuation data were given.</param>
public sealed record LensMaterialOptics(double Delta, double Beta, double? LinearAttenuationPerMm);

/// <summary>
/// δ and β of a lens material from its atoms and cell volume: δ = (r_e λ²/2π)(1/V)Σ(Z + f′), β = (r_e λ²/2π)(1/V)Σf″
/// (docs/physics.md §8; XrayDB 4.4.7 xray_delta_beta; Als-Nielsen &amp; McMorrow 2011 §3). r_e, λ in Å, V in Å³.
/// </summary>
public static class LensMaterialOpticsCalculator
{
    public static LensMaterialOptics Compute(LensMaterial material, double energyKeV, AtomicOpticsData data)
    {
        ArgumentNullException.ThrowIfNull(material);
        ArgumentNullException.ThrowIfNull(data);
        var lambdaA = Photon.WavelengthA(energyKeV);
        var prefactor = PhysicalConstants.ClassicalElectronRadiusA * lambdaA * lambdaA / (2 * Math.PI) / material.UnitCellVolumeA3;
        var f1 = material.Atoms.Sum(a => PeriodicTable.Find(a)!.Z + data.FPrime(a, energyKeV));
        var f2 = material.Atoms.Sum(a => data.FDoublePrime(a, energyKeV));
        double? muPerMm = null;
        if (data.MassAttenuationCm2G is { } massAtt)
        {
            // µ_L = Σ_j (M_j/N_A)(µ/ρ)_j / V: the cell's mass-weighted attenuation per volume, cm⁻¹ → mm⁻¹ (/10).
            var volumeCm3 = material.UnitCellVolumeA3 * PhysicalConstants.CubicAngstromInCm3;
            muPerMm = material.Atoms.Sum(a => PeriodicTable.Find(a)!.MolarMassGPerMol / PhysicalConstants.AvogadroPerMol
                * massAtt(a, energyKeV)) / volumeCm3 / 10;
        }
        return new LensMaterialOptics(prefactor * f1, prefactor * f2, muPerMm);
    }
}

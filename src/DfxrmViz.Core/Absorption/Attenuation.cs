using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Elements;
using DfxrmViz.Core.Units;
using DfxrmViz.Core.XrayData;

namespace DfxrmViz.Core.Absorption;

/// <summary>Linear attenuation, attenuation length and transmission of a material (docs/physics.md §3):
/// µ = Σ_j o_j (m_j/N_A)(µ/ρ)_j(E)/V [cm⁻¹], L = 1/µ, T = exp(−t/L); µ/ρ from XrayDB 4.4.7 Elam or Chantler.</summary>
public static class Attenuation
{
    /// <summary>µ in cm⁻¹ at <paramref name="energyKeV"/>.</summary>
    /// <exception cref="InputException">energy not in the table's range (field energyKeV); element missing from the table (field composition).</exception>
    public static double LinearCoefficientPerCm(AbsorbingMaterial material, double energyKeV,
        AttenuationTable table = AttenuationTable.Elam, AttenuationKind kind = AttenuationKind.Total)
    {
        ArgumentNullException.ThrowIfNull(material);
        XrayInput.RequireEnergyKeV(energyKeV, MassAttenuation.ValidRange(table), XrayInput.TableName(table));
        RequireCovered(material, table);
        var sum = 0.0;
        foreach (var (symbol, count) in material.AtomsPerCell)
        {
            var mass = PeriodicTable.Find(symbol)!.MolarMassGPerMol;
            sum += count * mass * MassAttenuation.CoefficientCm2PerG(symbol, energyKeV, table, kind);
        }
        return sum / (PhysicalConstants.AvogadroPerMol * material.CellVolumeA3 * PhysicalConstants.CubicAngstromInCm3);
    }

    /// <summary>Attenuation length L = 1/µ in µm.</summary>
    public static double LengthUm(AbsorbingMaterial material, double energyKeV,
        AttenuationTable table = AttenuationTable.Elam, AttenuationKind kind = AttenuationKind.Total) =>
        1e4 / LinearCoefficientPerCm(material, energyKeV, table, kind);

    /// <summary>Transmission exp(−t/L) through <paramref name="thicknessUm"/> µm (straight path).</summary>
    /// <exception cref="InputException">as <see cref="LinearCoefficientPerCm"/>; thickness not positive (field thicknessUm).</exception>
    public static double Transmission(AbsorbingMaterial material, double energyKeV, double thicknessUm,
        AttenuationTable table = AttenuationTable.Elam, AttenuationKind kind = AttenuationKind.Total)
    {
        XrayInput.RequireThicknessUm(thicknessUm);
        return Math.Exp(-thicknessUm / LengthUm(material, energyKeV, table, kind));
    }

    /// <summary>Transmission exp(−t/L) for an already computed attenuation length (µm), e.g. for a thickness plot.</summary>
    public static double TransmissionAtLength(double attenuationLengthUm, double thicknessUm)
    {
        XrayInput.RequireThicknessUm(thicknessUm);
        return Math.Exp(-thicknessUm / attenuationLengthUm);
    }

    /// <summary>Throws (field composition) if an element of the material is missing from <paramref name="table"/>.</summary>
    internal static void RequireCovered(AbsorbingMaterial material, AttenuationTable table)
    {
        foreach (var symbol in material.AtomsPerCell.Keys)
        {
            if (!MassAttenuation.HasElement(symbol, table))
            {
                throw new InputException(new InputProblem("composition",
                    $"The {table} tables have no data for {symbol}; " +
                    (table == AttenuationTable.Chantler ? "they stop at U (Z 92): use Elam (to Cf)." : "they stop at Cf (Z 98).")));
            }
        }
    }
}

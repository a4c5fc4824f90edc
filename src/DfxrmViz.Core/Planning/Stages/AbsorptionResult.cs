using DfxrmViz.Core.Absorption;
using DfxrmViz.Core.XrayData;

namespace DfxrmViz.Core.Planning.Stages;

/// <summary>Attenuation at the plan's energy through the plan's thickness, with the plan's table and kind (docs/physics.md §3):
/// µ, L = 1/µ, T = exp(−t/L), and the verdict against the warning threshold.</summary>
/// <param name="EnergyKeV">Photon energy.</param>
/// <param name="ThicknessUm">Sample thickness (a slab crossed at normal incidence).</param>
/// <param name="Table">Table used.</param>
/// <param name="Kind">Cross sections counted.</param>
/// <param name="MuPerCm">Linear attenuation coefficient µ, cm⁻¹.</param>
/// <param name="AttenuationLengthUm">L = 1/µ, µm.</param>
/// <param name="Transmission">exp(−t/L), 0–1.</param>
/// <param name="DensityGcm3">Density from the cell contents.</param>
/// <param name="TableName">Full name of the table with its version.</param>
/// <param name="WarnBelow">Warning threshold, 0–1.</param>
/// <param name="Verdict">What the numbers mean for the experiment.</param>
public sealed record AbsorptionResult(double EnergyKeV, double ThicknessUm, AttenuationTable Table, AttenuationKind Kind, double MuPerCm,
    double AttenuationLengthUm, double Transmission, double DensityGcm3, string TableName, double WarnBelow, AbsorptionVerdict Verdict)
{
    /// <summary>µ, L, T at one energy and thickness: the one calculation the plan and POST /api/v1/attenuation share.</summary>
    /// <exception cref="Diagnostics.InputException">energy outside the table, thickness not positive, element missing.</exception>
    public static (double MuPerCm, double LengthUm, double Transmission) PointAt(AbsorbingMaterial material, double energyKeV,
        double thicknessUm, AttenuationTable table, AttenuationKind kind)
    {
        var mu = Attenuation.LinearCoefficientPerCm(material, energyKeV, table, kind);
        var length = Attenuation.LengthUm(material, energyKeV, table, kind);
        return (mu, length, Attenuation.TransmissionAtLength(length, thicknessUm));
    }

    /// <summary>"Elam" or "Chantler", "total" or "photoabsorption only" for captions.</summary>
    public string TableShort => (Table == AttenuationTable.Elam ? "Elam" : "Chantler") + (Kind == AttenuationKind.Total ? ", total" : ", photoabsorption only");
}

using DfxrmViz.Core.XrayData;

namespace DfxrmViz.Core.Planning.Stages;

/// <summary>Energy ranges of the page's plots, chosen from the physics (not by the components that draw them).</summary>
public static class PlotRanges
{
    /// <summary>Default range of the attenuation plot: 1–100 keV (the DFXM range and beyond, edges included).</summary>
    public const double AttenuationMinKeV = 1.0, AttenuationMaxKeV = 100.0;

    /// <summary>1–100 keV, widened to contain the energy (±50 %) but never beyond the table's range.</summary>
    public static (double MinKeV, double MaxKeV) Attenuation(double energyKeV, AttenuationTable table)
    {
        var range = MassAttenuation.ValidRange(table);
        return (Math.Max(range.MinKeV, Math.Min(AttenuationMinKeV, energyKeV / 1.5)), Math.Min(range.MaxKeV, Math.Max(AttenuationMaxKeV, energyKeV * 1.5)));
    }

    /// <summary>Energies of the lens plot: 6.5–65.25 keV in 0.25 keV steps (Be CRLs image from ~7 keV; DFXM runs at 10–40 keV).</summary>
    public static IReadOnlyList<double> LensEnergiesKeV { get; } = [.. Enumerable.Range(0, 236).Select(i => 6.5 + (i * 0.25))];
}

using System.Globalization;
using System.Text;
using DfxrmViz.Core.Absorption;
using DfxrmViz.Core.Planning.Stages;
using DfxrmViz.Core.XrayData;

namespace DfxrmViz.Export.Files;

/// <summary>The attenuation curve the page plots, as CSV (invariant culture): one row per energy with the attenuation length
/// and the transmission exp(−t/L) through the plan's sample thickness (docs/physics.md §3).</summary>
public static class AttenuationCsv
{
    public static string Write(AttenuationCurve curve, string crystalName, double thicknessUm, AbsorptionResult? atEnergy = null)
    {
        ArgumentNullException.ThrowIfNull(curve);
        var sb = new StringBuilder();
        var table = curve.Table == AttenuationTable.Elam ? "Elam" : "Chantler";
        var kind = curve.Kind == AttenuationKind.Total ? "total (photoabsorption + coherent + incoherent)" : "photoabsorption only";
        sb.AppendLine(CultureInfo.InvariantCulture, $"# DfxrmViz attenuation: {Core.Planning.CsvText.InComment(crystalName)}, {MassAttenuation.TableName(curve.Table)} ({table}), {kind}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"# transmission = exp(-t/L) through a slab of t = {thicknessUm:0.####} um at normal incidence");
        if (atEnergy is { } a)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"# at the plan's energy {a.EnergyKeV:0.#####} keV: L = {a.AttenuationLengthUm:R} um, mu = {a.MuPerCm:R} 1/cm, transmission = {a.Transmission:R}");
        }
        foreach (var e in curve.Edges)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"# edge {e.Name} at {e.EnergyKeV:0.######} keV");
        }
        sb.AppendLine("energy_keV,attenuation_length_um,transmission");
        for (var i = 0; i < curve.EnergiesKeV.Count; i++)
        {
            var l = curve.AttenuationLengthsUm[i];
            sb.AppendLine(CultureInfo.InvariantCulture, $"{curve.EnergiesKeV[i]:R},{l:R},{Attenuation.TransmissionAtLength(l, thicknessUm):R}");
        }
        return sb.ToString();
    }
}

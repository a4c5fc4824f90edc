using System.Globalization;
using System.Text;
using DfxrmViz.Core.Planning.Stages;
using DfxrmViz.Core.Scattering;

namespace DfxrmViz.Core.Planning;

/// <summary>The reflection table as CSV (invariant culture, one row per class), the file the page offers for download.</summary>
public static class ReflectionsCsv
{
    /// <summary>Header lines with the energy, window and |F|² conventions, then one row per class; reachability when given.</summary>
    public static string Write(ReflectionTable t, string crystalName, ReachabilityTable? reach = null)
    {
        ArgumentNullException.ThrowIfNull(t);
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"# DfxrmViz reflections: {CsvText.InComment(crystalName)}, E = {t.EnergyKeV:0.#####} keV, lambda = {t.WavelengthA:0.########} A, 2theta window [{t.TwoThetaMinDeg:0.###}, {t.TwoThetaMaxDeg:0.###}] deg");
        sb.AppendLine(CultureInfo.InvariantCulture, $"# |F|^2 in electrons^2 per cell, f0 {(t.Options.FormFactors == FormFactorTable.It92 ? "IT92" : "Waasmaier-Kirfel")}, anomalous f'+if'' (Chantler) {(t.Options.Anomalous ? "on" : "off")}; no Lorentz/polarisation/absorption factor");
        sb.Append("h,k,l,d_A,two_theta_deg,F2,relative_intensity_percent,multiplicity");
        sb.AppendLine(reach is null ? "" : ",reachable");
        foreach (var r in t.Rows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{r.Hkl.H},{r.Hkl.K},{r.Hkl.L},{r.DA:0.000000},{r.TwoThetaDeg:0.00000},{r.F2:0.000},{r.RelativeIntensityPercent:0.000},{r.Multiplicity}");
            sb.AppendLine(reach is null ? "" : ",\"" + reach.Text(r.Hkl).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        }
        return sb.ToString();
    }
}

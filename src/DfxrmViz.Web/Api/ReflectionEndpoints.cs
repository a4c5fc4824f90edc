using System.Globalization;
using System.Text;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Scattering;
using DfxrmViz.Web.Api.Contracts;

namespace DfxrmViz.Web.Api;

/// <summary>POST /api/v1/reflections (docs/api.md): every class of reflections in the 2θ window with |F|² (docs/physics.md §4–5).</summary>
public static class ReflectionEndpoints
{
    public static RouteGroupBuilder MapReflectionEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/reflections", (ReflectionsRequestDto request) =>
            {
                var crystal = CrystalEndpoints.Resolve(request.Crystal);
                var options = new ScatteringOptions(ParseFormFactors(request.FormFactors), request.Anomalous ?? true);
                var table = ReflectionCalculator.Compute(crystal, Require.Number(request.EnergyKeV, "energyKeV"),
                    request.TwoThetaMinDeg ?? 0, Require.Number(request.TwoThetaMaxDeg, "twoThetaMaxDeg"), options, request.IncludeAbsent ?? false);
                return ToDto(table);
            })
            .WithName("Reflections")
            .WithSummary("Reflections within [2θmin, 2θmax] at an energy: hkl, d, 2θ, |F|² (e²/cell), multiplicity, equivalents.");
        return api;
    }

    public static ReflectionsResponseDto ToDto(ReflectionTable t) => new(
        t.WavelengthA, t.EnergyKeV, t.TwoThetaMinDeg, t.TwoThetaMaxDeg,
        t.Options.FormFactors == FormFactorTable.WaasmaierKirfel ? "wk" : "it92", t.Options.Anomalous,
        t.DefaultReflection?.Hkl.ToArray(),
        [.. t.Rows.Select(r => new ReflectionDto(r.Hkl.ToArray(), r.DA, r.TwoThetaDeg, r.F2, r.RelativeIntensityPercent,
            r.Multiplicity, [.. r.Equivalents.Select(e => e.ToArray())], r.Absent))]);

    public static FormFactorTable ParseFormFactors(string? name) => name?.ToUpperInvariant() switch
    {
        null or "IT92" or "ITC" => FormFactorTable.It92,
        "WK" or "WAASMAIER-KIRFEL" or "WAASMAIERKIRFEL" => FormFactorTable.WaasmaierKirfel,
        _ => throw new InputException("formFactors", $"Unknown form-factor table '{name}': use \"it92\" (ITC Table 6.1.1.4) or \"wk\" (Waasmaier–Kirfel 1995)."),
    };

    /// <summary>The table as CSV (invariant culture, one row per class), the file the page offers for download.</summary>
    public static string ToCsv(ReflectionTable t, string crystalName, Func<Reflection, string>? reachable = null)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"# DfxrmViz reflections: {crystalName}, E = {t.EnergyKeV:0.#####} keV, lambda = {t.WavelengthA:0.########} A, 2theta window [{t.TwoThetaMinDeg:0.###}, {t.TwoThetaMaxDeg:0.###}] deg");
        sb.AppendLine(CultureInfo.InvariantCulture, $"# |F|^2 in electrons^2 per cell, f0 {(t.Options.FormFactors == FormFactorTable.It92 ? "IT92" : "Waasmaier-Kirfel")}, anomalous f'+if'' (Chantler) {(t.Options.Anomalous ? "on" : "off")}; no Lorentz/polarisation/absorption factor");
        sb.Append("h,k,l,d_A,two_theta_deg,F2,relative_intensity_percent,multiplicity");
        sb.AppendLine(reachable is null ? "" : ",reachable");
        foreach (var r in t.Rows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{r.Hkl.H},{r.Hkl.K},{r.Hkl.L},{r.DA:0.000000},{r.TwoThetaDeg:0.00000},{r.F2:0.000},{r.RelativeIntensityPercent:0.000},{r.Multiplicity}");
            sb.AppendLine(reachable is null ? "" : ",\"" + reachable(r).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        }
        return sb.ToString();
    }
}

namespace DfxrmViz.Core.XrayData;

/// <summary>Mass attenuation coefficients µ/ρ (cm²/g) of the elements, interpolated exactly as XrayDB 4.4.7 does
/// (<c>mu_elam</c>: Elam cubic spline in ln E; <c>mu_chantler</c>: Chantler log–log linear) (docs/physics.md §3).</summary>
public static class MassAttenuation
{
    /// <summary>Energy range in which <paramref name="table"/> is served: Elam 0.1–800 keV, Chantler 1–200 keV.</summary>
    public static EnergyRange ValidRange(AttenuationTable table) =>
        table == AttenuationTable.Elam ? ElamTables.Range : ChantlerTables.Range;

    /// <summary>Display name of a table, e.g. "Elam (XrayDB 4.4.7)".</summary>
    public static string TableName(AttenuationTable table) =>
        table == AttenuationTable.Elam ? "Elam, Ravel & Sieber (XrayDB 4.4.7)" : "Chantler FFAST (XrayDB 4.4.7)";

    /// <summary>µ/ρ in cm²/g of element <paramref name="symbol"/> at <paramref name="energyKeV"/>.</summary>
    /// <exception cref="Diagnostics.InputException">energy outside <see cref="ValidRange"/> (field energyKeV) or element not in the table (field element).</exception>
    public static double CoefficientCm2PerG(string symbol, double energyKeV, AttenuationTable table = AttenuationTable.Elam,
        AttenuationKind kind = AttenuationKind.Total)
    {
        XrayInput.RequireEnergyKeV(energyKeV, ValidRange(table), XrayInput.TableName(table));
        return table == AttenuationTable.Elam
            ? Elam(XrayInput.RequireElement(ElamTables.BySymbol, symbol, "Elam", ElamTables.Coverage), energyKeV * 1000, kind)
            : Chantler(XrayInput.RequireElement(ChantlerTables.BySymbol, symbol, "Chantler", ChantlerTables.Coverage), energyKeV * 1000, kind);
    }

    /// <summary>Whether <paramref name="table"/> has data for element <paramref name="symbol"/>.</summary>
    public static bool HasElement(string symbol, AttenuationTable table) =>
        table == AttenuationTable.Elam ? ElamTables.BySymbol.ContainsKey(symbol) : ChantlerTables.BySymbol.ContainsKey(symbol);

    /// <summary>Energies (keV) where the Elam table of an element steps (its own edge positions, which can differ from the
    /// xray_levels edge energy by ~1e-5 because ln E is stored to 6 digits); empty for Chantler (no steps, steep ramps).</summary>
    public static IReadOnlyList<double> TableStepEnergiesKeV(string symbol, AttenuationTable table) =>
        table == AttenuationTable.Elam && ElamTables.BySymbol.TryGetValue(symbol, out var el)
            ? [.. el.Photo.StepEnergiesEv().Select(e => e / 1000)]
            : [];

    internal static double Elam(ElamElement el, double energyEv, AttenuationKind kind) => kind == AttenuationKind.Photo
        ? el.Photo.Evaluate(energyEv)
        : el.Photo.Evaluate(energyEv) + el.Coherent.Evaluate(energyEv) + el.Incoherent.Evaluate(energyEv);

    internal static double Chantler(ChantlerElement el, double energyEv, AttenuationKind kind) =>
        ChantlerTables.LogLog(el.LnEnergy, kind == AttenuationKind.Photo ? el.LnMuPhoto : el.LnMuTotal, energyEv);
}

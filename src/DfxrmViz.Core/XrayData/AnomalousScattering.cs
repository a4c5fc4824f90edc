namespace DfxrmViz.Core.XrayData;

/// <summary>Anomalous scattering f′, f″ (electrons) from the Chantler tables as XrayDB 4.4.7 serves them (docs/physics.md §5):
/// XrayDB's <c>f1_chantler</c> already is f′ (it stores f1(FFAST) − Z + relativistic + nuclear-Thomson terms), cubic
/// spline in E; <c>f2_chantler</c> = f″, log–log linear. Valid 1–200 keV, H–U.</summary>
public static class AnomalousScattering
{
    /// <summary>Energy range served: 1–200 keV.</summary>
    public static EnergyRange ValidRange => ChantlerTables.Range;

    /// <summary>f′ of element <paramref name="symbol"/> at <paramref name="energyKeV"/> (= XrayDB f1_chantler(symbol, E eV)).</summary>
    /// <exception cref="Diagnostics.InputException">energy outside 1–200 keV (field energyKeV) or element beyond U (field element).</exception>
    public static double FPrime(string symbol, double energyKeV)
    {
        var el = Element(symbol, energyKeV);
        return ChantlerTables.F1(el, energyKeV * 1000);
    }

    /// <summary>f″ of element <paramref name="symbol"/> at <paramref name="energyKeV"/> (= XrayDB f2_chantler(symbol, E eV)).</summary>
    /// <exception cref="Diagnostics.InputException">energy outside 1–200 keV (field energyKeV) or element beyond U (field element).</exception>
    public static double FDoublePrime(string symbol, double energyKeV)
    {
        var el = Element(symbol, energyKeV);
        return ChantlerTables.LogLog(el.LnEnergy, el.LnF2, energyKeV * 1000);
    }

    private static ChantlerElement Element(string symbol, double energyKeV)
    {
        XrayInput.RequireEnergyKeV(energyKeV, ChantlerTables.Range, "Chantler");
        return XrayInput.RequireElement(ChantlerTables.BySymbol, symbol, "Chantler", ChantlerTables.Coverage);
    }
}

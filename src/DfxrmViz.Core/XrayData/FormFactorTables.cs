using System.Collections.Frozen;
using System.Globalization;
using DfxrmViz.Core.Data;

namespace DfxrmViz.Core.XrayData;

/// <summary>Gaussian f0 coefficients read once: Data/XrayDb/It92.csv (ITC Table 6.1.1.4 via gemmi 0.5.7, neutral atoms)
/// and Data/XrayDb/WaasmaierKirfel.csv (Waasmaier &amp; Kirfel, Acta Cryst. A51, 416 (1995), via XrayDB 4.4.7; atoms and ions).</summary>
internal static class FormFactorTables
{
    private static readonly Lazy<FrozenDictionary<string, GaussianFormFactor>> It92Table = new(() =>
        EmbeddedData.ReadCsv("XrayDb/It92.csv").Select(f => new GaussianFormFactor(f[0],
            [.. f[1..5].Select(Parse)], [.. f[5..9].Select(Parse)], Parse(f[9])))
        .ToFrozenDictionary(g => g.Name, StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<FrozenDictionary<string, GaussianFormFactor>> WkTable = new(() =>
        EmbeddedData.ReadCsv("XrayDb/WaasmaierKirfel.csv").Select(f => new GaussianFormFactor(f[0],
            [.. f[4..9].Select(Parse)], [.. f[9..14].Select(Parse)], Parse(f[3])))
        .ToFrozenDictionary(g => g.Name, StringComparer.OrdinalIgnoreCase));

    /// <summary>IT92 coefficients by element symbol.</summary>
    public static IReadOnlyDictionary<string, GaussianFormFactor> It92 => It92Table.Value;

    /// <summary>Waasmaier–Kirfel coefficients by XrayDB ion name ("Nb", "Nb5+", "O2-", "H1-").</summary>
    public static IReadOnlyDictionary<string, GaussianFormFactor> WaasmaierKirfel => WkTable.Value;

    private static double Parse(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}

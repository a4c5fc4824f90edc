using System.Collections.Frozen;
using System.Globalization;
using DfxrmViz.Core.Data;

namespace DfxrmViz.Core.XrayData;

/// <summary>Absorption edges by element, read once from Data/XrayDb/Edges.csv (XrayDB 4.4.7 xray_levels, energies eV → keV).</summary>
public static class AbsorptionEdges
{
    private static readonly Lazy<FrozenDictionary<string, AbsorptionEdge[]>> Table = new(() =>
        EmbeddedData.ReadCsv("XrayDb/Edges.csv")
            .Select(f => new AbsorptionEdge(f[0], f[1], Parse(f[2]) / 1000, Parse(f[3]), Parse(f[4])))
            .GroupBy(e => e.Element, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.EnergyKeV).ToArray(), StringComparer.OrdinalIgnoreCase));

    /// <summary>Edges of <paramref name="symbol"/>, highest energy first (K, L1, …); empty for an unknown symbol.</summary>
    public static IReadOnlyList<AbsorptionEdge> Of(string symbol) =>
        Table.Value.TryGetValue(symbol.Trim(), out var edges) ? edges : [];

    /// <summary>Edges of the given elements with energy in [minKeV, maxKeV], ascending in energy.</summary>
    public static IReadOnlyList<AbsorptionEdge> Between(IEnumerable<string> symbols, double minKeV, double maxKeV) =>
        [.. symbols.Distinct(StringComparer.OrdinalIgnoreCase).SelectMany(Of)
            .Where(e => e.EnergyKeV >= minKeV && e.EnergyKeV <= maxKeV).OrderBy(e => e.EnergyKeV)];

    /// <summary>Edges of the given elements within a relative distance <paramref name="relativeTolerance"/>
    /// (e.g. 0.005 = 0.5 %) of <paramref name="energyKeV"/>, nearest first.</summary>
    public static IReadOnlyList<AbsorptionEdge> Near(IEnumerable<string> symbols, double energyKeV, double relativeTolerance) =>
        [.. Between(symbols, energyKeV * (1 - relativeTolerance), energyKeV * (1 + relativeTolerance))
            .OrderBy(e => Math.Abs(e.EnergyKeV - energyKeV))];

    private static double Parse(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}

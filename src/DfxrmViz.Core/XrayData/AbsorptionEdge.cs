using System.Globalization;

namespace DfxrmViz.Core.XrayData;

/// <summary>An X-ray absorption edge (XrayDB 4.4.7 <c>xray_levels</c>, Elam, Ravel &amp; Sieber 2002).</summary>
/// <param name="Element">Element symbol, e.g. <c>Nb</c>.</param>
/// <param name="Level">IUPAC level: K, L1, L2, L3, M1 … .</param>
/// <param name="EnergyKeV">Edge energy in keV.</param>
/// <param name="FluorescenceYield">Fluorescence yield of the level.</param>
/// <param name="JumpRatio">Edge jump ratio.</param>
public sealed record AbsorptionEdge(string Element, string Level, double EnergyKeV, double FluorescenceYield, double JumpRatio)
{
    /// <summary>"Nb K".</summary>
    public string Name => $"{Element} {Level}";

    /// <summary>"Nb K edge at 18.986 keV".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name} edge at {EnergyKeV:0.###} keV");
}

using System.Globalization;

namespace DfxrmViz.Core.XrayData;

/// <summary>Closed photon-energy interval [MinKeV, MaxKeV] in keV, e.g. the range a table covers.</summary>
public sealed record EnergyRange(double MinKeV, double MaxKeV)
{
    /// <summary>Whether <paramref name="energyKeV"/> lies inside (inclusive; NaN never does).</summary>
    public bool Contains(double energyKeV) => energyKeV >= MinKeV && energyKeV <= MaxKeV;

    /// <summary>"1–200 keV".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{MinKeV:G6}–{MaxKeV:G6} keV");
}

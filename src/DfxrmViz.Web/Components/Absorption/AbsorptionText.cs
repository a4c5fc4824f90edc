using System.Globalization;

namespace DfxrmViz.Web.Components.Absorption;

/// <summary>Invariant-culture number formats of the Absorption section (never NaN/∞ on screen).</summary>
public static class AbsorptionText
{
    /// <summary>Four significant digits without exponent for 0.001 ≤ |v| &lt; 1e7 (e.g. 174.6, 0.04235), else "1.23e-5".</summary>
    public static string Sig(double v)
    {
        if (!double.IsFinite(v))
        {
            return "—";
        }
        var a = Math.Abs(v);
        if (a == 0)
        {
            return "0";
        }
        if (a < 1e-3 || a >= 1e7)
        {
            return v.ToString("0.###e+0", CultureInfo.InvariantCulture);
        }
        var decimals = Math.Max(0, 3 - (int)Math.Floor(Math.Log10(a)));
        return v.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>A transmission 0–1 as percent: "42.35 %", "3.1e-12 %", "&lt; 1e-300 %" when it underflows.</summary>
    public static string Percent(double transmission)
    {
        if (!double.IsFinite(transmission))
        {
            return "—";
        }
        var p = transmission * 100;
        return p switch
        {
            0 => "< 1e-300 %",
            >= 0.01 => p.ToString("0.00", CultureInfo.InvariantCulture) + " %",
            _ => p.ToString("0.0e+0", CultureInfo.InvariantCulture) + " %",
        };
    }

    /// <summary>Energy in keV with up to 3 decimals: "17", "18.986".</summary>
    public static string KeV(double energyKeV) => energyKeV.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A user-given value as typed (thickness, threshold): "150", "0.5".</summary>
    public static string Plain(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
}

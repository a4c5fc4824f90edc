using System.Globalization;

namespace DfxrmViz.Export.Pdf.Logbook;

/// <summary>Number text of the logbook page, the same as the web page's (src/DfxrmViz.Web Components/Geometry/Show.cs and
/// Components/Absorption/AbsorptionText.cs): invariant culture, a true minus sign, no "−0.000", "—" for what is not finite.</summary>
public static class ReportNumbers
{
    /// <summary>The value in a .NET format such as "0.0000".</summary>
    public static string Fixed(double v, string format)
    {
        if (!double.IsFinite(v))
        {
            return "—";
        }
        var s = v.ToString(format, CultureInfo.InvariantCulture);
        if (s.StartsWith('-') && s.AsSpan(1).Trim("0.").IsEmpty)
        {
            s = s[1..];
        }
        return s.Replace('-', '\u2212');
    }

    /// <summary>Four significant digits without exponent for 0.001 ≤ |v| &lt; 1e7 (174.6, 0.04235), else "1.23e−5".</summary>
    public static string Significant(double v)
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
            return Fixed(v, "0.###e+0");
        }
        return Fixed(v, "F" + Math.Max(0, 3 - (int)Math.Floor(Math.Log10(a))).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A transmission 0–1 as percent: "42.35 %", "3.1e−12 %", "&lt; 1e−300 %" when it underflows.</summary>
    public static string Percent(double transmission) =>
        !double.IsFinite(transmission) ? "—"
        : transmission * 100 is var p && p == 0 ? "< 1e\u2212300 %"
        : p >= 0.01 ? Fixed(p, "0.00") + " %"
        : Fixed(p, "0.0e+0") + " %";

    /// <summary>Energy with up to three decimals: "17", "18.986".</summary>
    public static string KeV(double energyKeV) => Fixed(energyKeV, "0.###");

    /// <summary>Miller indices as on the page: "(0 0 6)", negative indices with a true minus.</summary>
    public static string Hkl(int h, int k, int l) => "(" + string.Join(' ', new[] { h, k, l }.Select(i => Fixed(i, "0"))) + ")";
}

using System.Globalization;
using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Planning;

/// <summary>How numbers are written for people (page, messages, verdicts): invariant culture, a true minus sign (U+2212),
/// never "−0", never NaN or ∞ (an em dash instead). One formatter for Core's texts and the web layer.</summary>
public static class NumberText
{
    /// <summary>The minus sign used on screen.</summary>
    public const char Minus = '\u2212';

    /// <summary><paramref name="v"/> in a .NET format ("0.000"), true minus, no "−0.000", "—" when not finite.</summary>
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
        return s.Replace('-', Minus);
    }

    /// <summary>Four significant digits without exponent for 0.001 ≤ |v| &lt; 1e7 (174.6, 0.04235), else "1.23e-5".</summary>
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
            return Fixed(v, "0.###e+0");
        }
        var decimals = Math.Max(0, 3 - (int)Math.Floor(Math.Log10(a)));
        return Fixed(v, "F" + decimals.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A transmission 0–1 as percent: "42.35 %", "3.1e−12 %", "&lt; 1e−300 %" when it underflows
    /// (true minus in the exponent, as every number <see cref="Fixed"/> writes).</summary>
    public static string Percent(double transmission)
    {
        if (!double.IsFinite(transmission))
        {
            return "—";
        }
        var p = transmission * 100;
        return p switch
        {
            0 => "< 1e\u2212300 %",
            >= 0.01 => Fixed(p, "0.00") + " %",
            _ => Fixed(p, "0.0e+0") + " %",
        };
    }

    /// <summary>Energy in keV with up to 3 decimals: "17", "18.986".</summary>
    public static string KeV(double energyKeV) => Fixed(energyKeV, "0.###");

    /// <summary>A user-given value as typed (thickness, threshold): "150", "0.5".</summary>
    public static string Plain(double v) => Fixed(v, "0.####");

    /// <summary>One index: integer without decimals, else up to 3 decimals; true minus.</summary>
    public static string OneIndex(double x) => Math.Abs(x - Math.Round(x)) < 1e-9 ? Fixed(Math.Round(x), "0") : Fixed(x, "0.###");

    /// <summary>"1 −1 2" (three indices).</summary>
    public static string Indices(Vec3 v) => $"{OneIndex(v.X)} {OneIndex(v.Y)} {OneIndex(v.Z)}";

    /// <summary>"(1 −1 2)" for Miller indices.</summary>
    public static string Miller(Scattering.Hkl h) => $"({Indices(new Vec3(h.H, h.K, h.L))})";

    /// <summary>"(0.1, −0.2, 1.0)" for a vector with <paramref name="format"/> per component.</summary>
    public static string Vector(Vec3 v, string format) => $"({Fixed(v.X, format)}, {Fixed(v.Y, format)}, {Fixed(v.Z, format)})";
}

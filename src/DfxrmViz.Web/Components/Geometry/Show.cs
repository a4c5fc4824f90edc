using System.Globalization;

namespace DfxrmViz.Web.Components.Geometry;

/// <summary>Number formatting for the geometry section: invariant culture, a true minus sign, no "−0.000", "—" for non-finite.</summary>
public static class Show
{
    public static string Number(double v, string format)
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
}

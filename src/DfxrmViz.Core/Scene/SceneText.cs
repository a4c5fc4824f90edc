using System.Globalization;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Orientation;

namespace DfxrmViz.Core.Scene;

/// <summary>How numbers read in the scene's labels: invariant culture, a true minus sign (U+2212), no trailing zeros.</summary>
public static class SceneText
{
    /// <summary>The value with at most <paramref name="decimals"/> decimals.</summary>
    public static string Number(double value, int decimals = 3)
    {
        if (!double.IsFinite(value))
        {
            return "—";
        }
        var rounded = Math.Round(value, decimals);
        var text = rounded.ToString("0." + new string('#', Math.Max(decimals, 1)), CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text.Replace('-', '−');
    }

    /// <summary>A value with <paramref name="significant"/> significant digits (scales: 1 Å = 0.5 mm, 1 : 19.6).</summary>
    public static string Significant(double value, int significant = 3)
    {
        if (!double.IsFinite(value) || value == 0)
        {
            return Number(value);
        }
        var decimals = Math.Clamp(significant - 1 - (int)Math.Floor(Math.Log10(Math.Abs(value))), 0, 12);
        return Number(value, decimals);
    }

    /// <summary>"(1 −1 2)" / "[1 1 0]" with true minus signs.</summary>
    public static string Vector(LatticeVector v) => v.ToString().Replace('-', '−');

    /// <summary>"(1 −1 2)" for a reflection.</summary>
    public static string Hkl(Vec3 hkl) => Vector(LatticeVector.Plane(hkl.X, hkl.Y, hkl.Z));

    /// <summary>A length in µm, switching to mm above 10 mm and to m above 10 m.</summary>
    public static string LengthUm(double um) => um >= 1e7 ? $"{Significant(um * 1e-6, 4)} m"
        : um >= 1e4 ? $"{Significant(um * 1e-3, 4)} mm" : $"{Significant(um, 4)} µm";

    /// <summary>A length in mm, switching to m above 10 m.</summary>
    public static string LengthMm(double mm) => mm >= 1e4 ? $"{Number(mm * 1e-3, 3)} m" : $"{Number(mm, 2)} mm";
}

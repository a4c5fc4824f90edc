using System.Globalization;
using System.Text.RegularExpressions;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Web.Components.Geometry;

/// <summary>Reads and writes three crystallographic indices as typed by users: "1 -1 2", "1,−1,2", "(1 -1 2)", "[1 1 0]",
/// "0.5 0 1", or the compact "1-12" (single digits, minus binds to the next digit), all culture-invariant.</summary>
public static partial class IndexText
{
    /// <summary>Three finite indices; throws <see cref="InputException"/> on <paramref name="field"/> for anything else.</summary>
    public static Vec3 Parse(string? text, string field)
    {
        var t = (text ?? "").Replace('\u2212', '-').Trim().Trim('(', ')', '[', ']', '{', '}').Trim();
        var parts = t.Split([' ', ',', ';', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1 && CompactForm().IsMatch(parts[0]))
        {
            parts = [.. CompactDigit().Matches(parts[0]).Select(m => m.Value)];
        }
        var values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
            {
                throw new InputException(field, $"'{parts[i]}' is not a number. Type three indices, e.g. 1 -1 2.");
            }
        }
        if (values.Length != 3)
        {
            throw new InputException(field, $"Type three indices, e.g. 1 -1 2 (got {values.Length}).");
        }
        return new Vec3(values[0], values[1], values[2]);
    }

    /// <summary>Three integer Miller indices, not all zero.</summary>
    public static (int H, int K, int L) ParseMiller(string? text, string field)
    {
        var v = Parse(text, field);
        if (new[] { v.X, v.Y, v.Z }.Any(x => x != Math.Round(x) || Math.Abs(x) > 1000))
        {
            throw new InputException(field, "A reflection needs three integer indices (|index| ≤ 1000), e.g. 1 -1 2.");
        }
        if (v == Vec3.Zero)
        {
            throw new InputException(field, "(0 0 0) is not a reflection; give at least one non-zero index.");
        }
        return ((int)v.X, (int)v.Y, (int)v.Z);
    }

    /// <summary>"1 −1 2" with a true minus sign; non-integers to 3 decimals.</summary>
    public static string Format(Vec3 v) => $"{One(v.X)} {One(v.Y)} {One(v.Z)}";

    /// <summary>"1 −1 2" for Miller indices.</summary>
    public static string Format((int H, int K, int L) h) => Format(new Vec3(h.H, h.K, h.L));

    /// <summary>One index: integer without decimals, else up to 3 decimals; − for negatives.</summary>
    public static string One(double x)
    {
        var s = Math.Abs(x - Math.Round(x)) < 1e-9 ? Math.Round(x).ToString("0", CultureInfo.InvariantCulture) : x.ToString("0.###", CultureInfo.InvariantCulture);
        return s == "-0" ? "0" : s.Replace('-', '\u2212');
    }

    [GeneratedRegex(@"^(-?\d){3}$")]
    private static partial Regex CompactForm();

    [GeneratedRegex(@"-?\d")]
    private static partial Regex CompactDigit();
}

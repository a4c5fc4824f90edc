using System.Collections.Frozen;

namespace DfxrmViz.Core.XrayData;

/// <summary>Chantler FFAST data of one element as stored by XrayDB (energies in eV, µ in cm²/g; F1 is already f′).</summary>
/// <remarks>Logarithms are taken once here, as XrayDB's <c>_from_chantler</c> takes them per call (values below 1e-99 → 1e-99).</remarks>
internal sealed record ChantlerElement(string Symbol, double[] EnergyEv, double[] F1, double[] F2,
    double[] MuPhoto, double[] MuIncoh, double[] MuTotal)
{
    public double[] LnEnergy { get; } = [.. EnergyEv.Select(e => Math.Log(e))];

    public double[] LnF2 { get; } = LogOf(F2);

    public double[] LnMuPhoto { get; } = LogOf(MuPhoto);

    public double[] LnMuTotal { get; } = LogOf(MuTotal);

    private static double[] LogOf(double[] ys) => [.. ys.Select(y => Math.Log(Math.Abs(y) < 1e-99 ? 1e-99 : y))];
}

/// <summary>Chantler (1995, 2000) tables from XrayDB 4.4.7 (DB 8.1), read once from Data/XrayDb/Chantler.csv (1–200 keV kept).</summary>
internal static class ChantlerTables
{
    /// <summary>Range kept by tools/xraydb/extract_tables.py (the file holds 4 more table points beyond each end).</summary>
    public static readonly EnergyRange Range = new(1.0, 200.0);

    public const string Coverage = "H–U (Z 1–92)";

    private static readonly Lazy<FrozenDictionary<string, ChantlerElement>> Elements = new(Load);

    public static IReadOnlyDictionary<string, ChantlerElement> BySymbol => Elements.Value;

    private static FrozenDictionary<string, ChantlerElement> Load() =>
        ElamTables.Columns("XrayDb/Chantler.csv", 6).ToFrozenDictionary(kv => kv.Key, kv =>
        {
            var c = kv.Value;
            for (var i = 1; i < c[0].Length; i++)
            {
                if (!(c[0][i] > c[0][i - 1]))
                {
                    throw new InvalidOperationException($"Data/XrayDb/Chantler.csv: energies of {kv.Key} are not increasing at row {i}.");
                }
            }
            return new ChantlerElement(kv.Key, c[0], c[1], c[2], c[3], c[4], c[5]);
        }, StringComparer.OrdinalIgnoreCase);

    /// <summary>XrayDB log–log linear interpolation (numpy.interp on ln E, ln y), clamped at the table ends as numpy does.</summary>
    public static double LogLog(double[] lnEnergy, double[] lnValue, double energyEv)
    {
        var x = Math.Log(energyEv);
        var n = lnEnergy.Length;
        if (x <= lnEnergy[0])
        {
            return Math.Exp(lnValue[0]);
        }
        if (x >= lnEnergy[n - 1])
        {
            return Math.Exp(lnValue[n - 1]);
        }
        var j = ElamCurve.UpperBound(lnEnergy, x) - 1;
        if (x == lnEnergy[j])
        {
            return Math.Exp(lnValue[j]);
        }
        var slope = (lnValue[j + 1] - lnValue[j]) / (lnEnergy[j + 1] - lnEnergy[j]);
        return Math.Exp(slope * (x - lnEnergy[j]) + lnValue[j]);
    }

    /// <summary>f1 as XrayDB's <c>_from_chantler</c> for one energy: an interpolating cubic spline
    /// (scipy UnivariateSpline, s = 0 ≡ not-a-knot) through the table points idx−3 … idx+3, idx = last point ≤ E.</summary>
    public static double F1(ChantlerElement el, double energyEv)
    {
        var idx = Math.Max(ElamCurve.UpperBound(el.EnergyEv, energyEv) - 1, 0);
        var first = Math.Max(0, idx - 3);
        var last = Math.Min(el.EnergyEv.Length - 1, idx + 3);
        return NotAKnotSpline.Evaluate(el.EnergyEv.AsSpan(first, last - first + 1), el.F1.AsSpan(first, last - first + 1), energyEv);
    }
}

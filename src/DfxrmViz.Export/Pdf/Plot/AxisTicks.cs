using System.Globalization;
using DfxrmViz.Export.Pdf.Model;

namespace DfxrmViz.Export.Pdf.Plot;

/// <summary>A tick: where, and its label (empty for an unlabelled minor tick).</summary>
internal readonly record struct Tick(double Value, string Label, bool Major);

/// <summary>Axis range and ticks: linear axes get 1–2–2.5–5 × 10ⁿ steps, log axes a tick at every decade and minor ticks at
/// 2…9 × 10ⁿ (labelled at 2 and 5 when fewer than two decades are in view).</summary>
internal static class AxisTicks
{
    /// <summary>The range shown: the axis's own bounds, else the data's (linear: rounded out to a tick step; log: to decades).</summary>
    public static (double Min, double Max) Range(PlotAxis axis, IEnumerable<double> data)
    {
        var (min, max) = (Finite(axis.Min), Finite(axis.Max));
        var values = data.Where(v => double.IsFinite(v) && (axis.Scale == AxisScale.Linear || v > 0)).ToList();
        double lo = values.Count > 0 ? values.Min() : axis.Scale == AxisScale.Log ? 1 : 0;
        double hi = values.Count > 0 ? values.Max() : axis.Scale == AxisScale.Log ? 10 : 1;
        if (axis.Scale == AxisScale.Log)
        {
            lo = min is > 0 ? min.Value : Math.Pow(10, Math.Floor(Math.Log10(lo) + 1e-9));
            hi = max is > 0 ? max.Value : Math.Pow(10, Math.Ceiling(Math.Log10(hi) - 1e-9));
            return hi > lo ? (lo, hi) : (lo, lo * 10);
        }
        if (hi - lo <= Math.Abs(hi) * 1e-12)
        {
            (lo, hi) = (lo - Math.Max(Math.Abs(lo) * 0.1, 1), hi + Math.Max(Math.Abs(hi) * 0.1, 1));
        }
        var step = Step(hi - lo);
        lo = min ?? Math.Floor(lo / step + 1e-9) * step;
        hi = max ?? Math.Ceiling(hi / step - 1e-9) * step;
        return hi > lo ? (lo, hi) : (lo, lo + 1);
    }

    /// <summary>A bound that is not a finite number counts as not given.</summary>
    private static double? Finite(double? v) => v is double d && double.IsFinite(d) ? d : null;

    public static List<Tick> Ticks(AxisScale scale, double min, double max) =>
        scale == AxisScale.Log ? LogTicks(min, max) : LinearTicks(min, max);

    /// <summary>A 1, 2, 2.5 or 5 × 10ⁿ step giving about five intervals over <paramref name="span"/>.</summary>
    public static double Step(double span)
    {
        var raw = span / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var f = raw / magnitude;
        return magnitude * (f < 1.5 ? 1 : f < 2.25 ? 2 : f < 3.5 ? 2.5 : f < 7.5 ? 5 : 10);
    }

    private static List<Tick> LinearTicks(double min, double max)
    {
        var step = Step(max - min);
        var decimals = Math.Max(0, (int)-Math.Floor(Math.Log10(step) + 1e-9) + (IsHalfStep(step) ? 1 : 0));
        var ticks = new List<Tick>();
        for (var k = Math.Ceiling(min / step - 1e-9); k * step <= max + step * 1e-9; k++)
        {
            var v = k * step;
            ticks.Add(new Tick(v, Number(Math.Abs(v) < step * 1e-9 ? 0 : v, decimals), true));
        }
        return ticks;
    }

    private static bool IsHalfStep(double step)
    {
        var f = step / Math.Pow(10, Math.Floor(Math.Log10(step) + 1e-9));
        return Math.Abs(f - 2.5) < 1e-6;
    }

    private static List<Tick> LogTicks(double min, double max)
    {
        var ticks = new List<Tick>();
        var first = (int)Math.Floor(Math.Log10(min) + 1e-9);
        var last = (int)Math.Ceiling(Math.Log10(max) - 1e-9);
        var decadesInView = Enumerable.Range(first, last - first + 1).Count(k => Inside(Math.Pow(10, k), min, max));
        for (var k = first; k <= last; k++)
        {
            for (var m = 1; m <= 9; m++)
            {
                var v = m * Math.Pow(10, k);
                if (!Inside(v, min, max))
                {
                    continue;
                }
                var labelled = m == 1 || (decadesInView < 2 && m is 2 or 5);
                ticks.Add(new Tick(v, labelled ? LogLabel(m, k) : "", m == 1));
            }
        }
        return ticks;
    }

    private static bool Inside(double v, double min, double max) => v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9);

    /// <summary>m × 10ᵏ as plain digits for 10⁻² … 10³, else as "10ᵏ" or "m×10ᵏ" with superscripts.</summary>
    private static string LogLabel(int m, int k)
    {
        if (k is >= -2 and <= 3)
        {
            return Number(m * Math.Pow(10, k), Math.Max(0, -k));
        }
        var power = "10" + Superscript(k);
        return m == 1 ? power : m.ToString(CultureInfo.InvariantCulture) + "×" + power;
    }

    /// <summary>Invariant digits with a true minus sign (U+2212).</summary>
    public static string Number(double v, int decimals) =>
        v.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).Replace('-', '\u2212');

    public static string Superscript(int k)
    {
        const string digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        var s = Math.Abs(k).ToString(CultureInfo.InvariantCulture);
        return (k < 0 ? "⁻" : "") + string.Concat(s.Select(ch => digits[ch - '0']));
    }
}

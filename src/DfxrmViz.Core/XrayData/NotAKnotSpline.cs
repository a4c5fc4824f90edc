namespace DfxrmViz.Core.XrayData;

/// <summary>Interpolating cubic spline with not-a-knot ends through a few points (≤ ~10): the spline FITPACK's curfit
/// builds for s = 0, k = 3 (interior knots x₂ … x₍ₙ₋₃₎; Dierckx, Curve and Surface Fitting with Splines, 1993), as
/// scipy's UnivariateSpline(x, y, s=0) used by XrayDB for Chantler f1.</summary>
internal static class NotAKnotSpline
{
    /// <summary>Value at <paramref name="x"/> (extrapolates the end cubic outside [x₀, xₙ₋₁]).</summary>
    public static double Evaluate(ReadOnlySpan<double> xs, ReadOnlySpan<double> ys, double x)
    {
        var n = xs.Length;
        if (n < 4)
        {
            return Linear(xs, ys, x);
        }
        var m = SecondDerivatives(xs, ys);
        var k = Math.Clamp(ElamCurve.UpperBound(xs, x) - 1, 0, n - 2);
        var h = xs[k + 1] - xs[k];
        var a = xs[k + 1] - x;
        var b = x - xs[k];
        return (m[k] * a * a * a + m[k + 1] * b * b * b) / (6 * h)
            + (ys[k] / h - m[k] * h / 6) * a + (ys[k + 1] / h - m[k + 1] * h / 6) * b;
    }

    /// <summary>Second derivatives M at the nodes: continuity equations inside, jump-free third derivative at x₁ and xₙ₋₂.</summary>
    private static double[] SecondDerivatives(ReadOnlySpan<double> xs, ReadOnlySpan<double> ys)
    {
        var n = xs.Length;
        var a = new double[n, n];
        var r = new double[n];
        var h = new double[n - 1];
        for (var i = 0; i < n - 1; i++)
        {
            h[i] = xs[i + 1] - xs[i];
        }
        a[0, 0] = h[1];
        a[0, 1] = -(h[0] + h[1]);
        a[0, 2] = h[0];
        for (var i = 1; i < n - 1; i++)
        {
            a[i, i - 1] = h[i - 1];
            a[i, i] = 2 * (h[i - 1] + h[i]);
            a[i, i + 1] = h[i];
            r[i] = 6 * ((ys[i + 1] - ys[i]) / h[i] - (ys[i] - ys[i - 1]) / h[i - 1]);
        }
        a[n - 1, n - 3] = h[n - 2];
        a[n - 1, n - 2] = -(h[n - 3] + h[n - 2]);
        a[n - 1, n - 1] = h[n - 3];
        return Solve(a, r);
    }

    /// <summary>Gaussian elimination with partial pivoting of a small dense system.</summary>
    private static double[] Solve(double[,] a, double[] r)
    {
        var n = r.Length;
        for (var c = 0; c < n; c++)
        {
            var p = c;
            for (var i = c + 1; i < n; i++)
            {
                if (Math.Abs(a[i, c]) > Math.Abs(a[p, c])) { p = i; }
            }
            if (p != c)
            {
                for (var j = 0; j < n; j++) { (a[c, j], a[p, j]) = (a[p, j], a[c, j]); }
                (r[c], r[p]) = (r[p], r[c]);
            }
            for (var i = c + 1; i < n; i++)
            {
                var f = a[i, c] / a[c, c];
                for (var j = c; j < n; j++) { a[i, j] -= f * a[c, j]; }
                r[i] -= f * r[c];
            }
        }
        var m = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var s = r[i];
            for (var j = i + 1; j < n; j++) { s -= a[i, j] * m[j]; }
            m[i] = s / a[i, i];
        }
        return m;
    }

    private static double Linear(ReadOnlySpan<double> xs, ReadOnlySpan<double> ys, double x)
    {
        if (xs.Length == 1)
        {
            return ys[0];
        }
        var k = x <= xs[1] || xs.Length == 2 ? 0 : 1;
        return ys[k] + (ys[k + 1] - ys[k]) * (x - xs[k]) / (xs[k + 1] - xs[k]);
    }
}

namespace DfxrmViz.Core.XrayData;

/// <summary>One Elam cross-section table of one element: ln E (E in eV), ln σ (cm²/g) and the stored second derivatives.</summary>
/// <remarks>Evaluation reproduces XrayDB 4.4.7 <c>utils.elam_spline</c> and <c>XrayDB.cross_section_elam</c>
/// (Elam, Ravel &amp; Sieber, Radiat. Phys. Chem. 63, 121 (2002)): a repeated ln E marks an absorption edge.</remarks>
internal sealed record ElamCurve(double[] LnEnergy, double[] LnValue, double[] Spline)
{
    /// <summary>σ(E) in cm²/g at <paramref name="energyEv"/> eV.</summary>
    public double Evaluate(double energyEv)
    {
        // xraydb cross_section_elam: energies below 10*int(0.102*E_first) eV are raised to that value.
        var eMin = 10.0 * Math.Floor(0.102 * Math.Exp(LnEnergy[0]));
        return Math.Exp(EvaluateLn(Math.Log(Math.Max(energyEv, eMin))));
    }

    /// <summary>xraydb elam_spline at one x = ln E: lo = last node &lt; x, hi = first node &gt; x (a node hit exactly spans two intervals, as there).</summary>
    public double EvaluateLn(double x)
    {
        var xin = LnEnergy;
        var n = xin.Length;
        x = Math.Clamp(x, xin[0], xin[n - 1]);
        var lo = Math.Max(LowerBound(xin, x) - 1, 0);
        var hi = Math.Min(UpperBound(xin, x), n - 1);
        if (hi <= lo)
        {
            lo = hi - 1;
        }
        var diff = xin[hi] - xin[lo];
        var a = (xin[hi] - x) / diff;
        var b = (x - xin[lo]) / diff;
        return a * LnValue[lo] + b * LnValue[hi]
            + diff * diff / 6 * ((a * a - 1) * a * Spline[lo] + (b * b - 1) * b * Spline[hi]);
    }

    /// <summary>Energies (eV) where the table repeats ln E, i.e. the table's own absorption-edge steps.</summary>
    public IEnumerable<double> StepEnergiesEv()
    {
        for (var i = 1; i < LnEnergy.Length; i++)
        {
            if (LnEnergy[i] == LnEnergy[i - 1])
            {
                yield return Math.Exp(LnEnergy[i]);
            }
        }
    }

    /// <summary>First index i with xs[i] ≥ x.</summary>
    internal static int LowerBound(ReadOnlySpan<double> xs, double x)
    {
        int lo = 0, hi = xs.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (xs[mid] < x) { lo = mid + 1; } else { hi = mid; }
        }
        return lo;
    }

    /// <summary>First index i with xs[i] &gt; x.</summary>
    internal static int UpperBound(ReadOnlySpan<double> xs, double x)
    {
        int lo = 0, hi = xs.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (xs[mid] <= x) { lo = mid + 1; } else { hi = mid; }
        }
        return lo;
    }
}

namespace DfxrmViz.Core.XrayData;

/// <summary>f0(s) = C + Σᵢ Aᵢ exp(−Bᵢ s²), s = sin θ/λ in Å⁻¹ (ITC Vol. C Table 6.1.1.4 form; WK95 with 5 terms).</summary>
internal sealed record GaussianFormFactor(string Name, double[] A, double[] B, double C)
{
    public double Evaluate(double sInvA)
    {
        var s2 = sInvA * sInvA;
        var f = C;
        for (var i = 0; i < A.Length; i++)
        {
            f += A[i] * Math.Exp(-B[i] * s2);
        }
        return f;
    }
}

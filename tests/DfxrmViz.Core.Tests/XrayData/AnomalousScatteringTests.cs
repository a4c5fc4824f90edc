using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Tests.Golden;
using DfxrmViz.Core.XrayData;

namespace DfxrmViz.Core.Tests.XrayData;

public class AnomalousScatteringTests
{
    // Golden/xray_factors.json: xraydb 4.4.7 f1_chantler (= f′, docs/physics.md §5) and f2_chantler, one scalar energy per call.
    // Brief: ≤ 1e-6 relative (absolute 1e-9 e where f′ crosses zero).
    [Fact]
    public void FPrime_and_FDoublePrime_reproduce_xraydb()
    {
        var rows = GoldenFile.Read("xray_factors.json").GetProperty("anomalous").EnumerateArray().ToList();
        Assert.True(rows.Count >= 150);
        foreach (var row in rows)
        {
            var symbol = row.GetProperty("symbol").GetString()!;
            var e = row.GetProperty("energyKeV").GetDouble();
            AssertClose(row.GetProperty("fPrime").GetDouble(), AnomalousScattering.FPrime(symbol, e), $"f' {symbol} {e}");
            AssertClose(row.GetProperty("fDoublePrime").GetDouble(), AnomalousScattering.FDoublePrime(symbol, e), $"f'' {symbol} {e}");
        }
    }

    [Fact]
    public void Nb_below_its_K_edge_has_a_strongly_negative_fprime()
    {
        // XrayDB 4.4.7 f1_chantler('Nb', 18900 eV) ≈ −5.9 e (golden file), far from f1 − Z = −36.
        Assert.InRange(AnomalousScattering.FPrime("Nb", 18.9), -8.0, -4.0);
        Assert.InRange(AnomalousScattering.FDoublePrime("Nb", 18.9), 0.3, 1.0);
    }

    [Fact]
    public void Energy_outside_1_to_200_keV_is_refused_with_the_range()
    {
        var ex = Assert.Throws<InputException>(() => AnomalousScattering.FPrime("Nb", 0.5));
        Assert.Equal("energyKeV", ex.Problem.Field);
        Assert.Contains("1–200 keV", ex.Problem.Message);
        Assert.Throws<InputException>(() => AnomalousScattering.FDoublePrime("Xx", 17));
    }

    private static void AssertClose(double expected, double actual, string what) =>
        Assert.True(Math.Abs(actual - expected) <= 1e-6 * Math.Abs(expected) + 1e-9, $"{what}: {actual} vs {expected}");
}

using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Scattering;

namespace DfxrmViz.Core.Tests.Scattering;

/// <summary>Issue 12 item 6: a 2θ window beyond the f0 table's range is clipped to it (IT92 s ≤ 2 Å⁻¹, ITC Vol. C Table
/// 6.1.1.4; Waasmaier–Kirfel s ≤ 6 Å⁻¹) and the table says so, instead of refusing the whole table.</summary>
public class FormFactorWindowTests
{
    // λ = hc/E with hc = 12.398419843320026 keV·Å (CODATA 2018); the IT92 end 2θ = 2 asin(2 Å⁻¹ · λ).
    private static double It92EndDeg(double energyKeV) => 2 * Math.Asin(2 * 12.398419843320026 / energyKeV) * 180 / Math.PI;

    [Theory]
    [InlineData(65)]
    [InlineData(100)]
    [InlineData(150)]
    public void Above_65_keV_the_it92_table_lists_up_to_the_end_of_the_fit_and_says_so(double energyKeV)
    {
        var t = ReflectionCalculator.Compute(CrystalLibrary.Load("LiNbO3"), energyKeV, 0, 45);
        Assert.Equal(It92EndDeg(energyKeV), t.TwoThetaMaxDeg, 1e-6);
        Assert.NotEmpty(t.Rows);
        Assert.All(t.Rows, r => Assert.True(1 / (2 * r.DA) <= 2, $"{r.Hkl}: s = {1 / (2 * r.DA)}"));
        Assert.Contains("IT92", t.WindowNote, StringComparison.Ordinal);
        Assert.Contains("instead of 45°", t.WindowNote, StringComparison.Ordinal);
        Assert.Contains("Waasmaier–Kirfel", t.WindowNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Inside_the_fit_nothing_is_clipped()
    {
        var t = ReflectionCalculator.Compute(CrystalLibrary.Load("LiNbO3"), 17, 0, 45);
        Assert.Equal(45, t.TwoThetaMaxDeg);
        Assert.Null(t.WindowNote);
        var wk = ReflectionCalculator.Compute(CrystalLibrary.Load("Si"), 100, 0, 30, new ScatteringOptions(FormFactorTable.WaasmaierKirfel));
        Assert.Equal(30, wk.TwoThetaMaxDeg);
        Assert.Null(wk.WindowNote);
    }

    [Fact]
    public void A_window_wholly_beyond_the_fit_is_refused_by_its_lower_end()
    {
        var ex = Assert.Throws<InputException>(() => ReflectionCalculator.Compute(CrystalLibrary.Load("Si"), 150, 30, 45));
        Assert.Equal("twoThetaMinDeg", ex.Problem.Field);
        Assert.Contains("IT92", ex.Problem.Message, StringComparison.Ordinal);
    }
}

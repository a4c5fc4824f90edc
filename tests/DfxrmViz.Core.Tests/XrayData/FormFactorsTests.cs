using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Tests.Golden;
using DfxrmViz.Core.XrayData;

namespace DfxrmViz.Core.Tests.XrayData;

public class FormFactorsTests
{
    // Golden/xray_factors.json: xraydb 4.4.7 f0(ion, s) (Waasmaier–Kirfel) and gemmi 0.5.7 it92.calculate_sf(s²).
    [Fact]
    public void Waasmaier_Kirfel_reproduces_xraydb_for_atoms_and_ions()
    {
        foreach (var row in GoldenFile.Read("xray_factors.json").GetProperty("f0WaasmaierKirfel").EnumerateArray())
        {
            var ion = row.GetProperty("ion").GetString()!;
            var s = row.GetProperty("s").GetDouble();
            Assert.Equal(row.GetProperty("f0").GetDouble(), FormFactors.F0WaasmaierKirfel(ion, s), 1e-10);
        }
    }

    [Fact]
    public void It92_reproduces_gemmi()
    {
        foreach (var row in GoldenFile.Read("xray_factors.json").GetProperty("f0It92").EnumerateArray())
        {
            var symbol = row.GetProperty("symbol").GetString()!;
            var s = row.GetProperty("s").GetDouble();
            Assert.Equal(row.GetProperty("f0").GetDouble(), FormFactors.F0It92(symbol, s), 1e-10);
        }
    }

    [Fact]
    public void Ion_spellings_map_to_the_same_coefficients_and_missing_ions_fall_back_to_the_atom()
    {
        var nb5 = FormFactors.F0WaasmaierKirfel("Nb5+", 0.3);
        Assert.Equal(nb5, FormFactors.F0WaasmaierKirfel("Nb+5", 0.3));
        Assert.NotEqual(nb5, FormFactors.F0WaasmaierKirfel("Nb", 0.3));
        Assert.Equal(FormFactors.F0WaasmaierKirfel("O2-", 0.2), FormFactors.F0WaasmaierKirfel("O-2", 0.2));
        Assert.Equal(FormFactors.F0WaasmaierKirfel("Nb", 0.3), FormFactors.F0WaasmaierKirfel("Nb4+", 0.3));
        Assert.Equal(FormFactors.F0WaasmaierKirfel("Fe", 0.3), FormFactors.F0WaasmaierKirfel("Fe3", 0.3));
        // At s = 0 an ion's f0 ≈ its electron count: Nb5+ has 36 electrons (WK95 fit, to 0.01).
        Assert.Equal(36.0, FormFactors.F0WaasmaierKirfel("Nb5+", 0), 0.02);
        Assert.Equal(41.0, FormFactors.F0It92("Nb", 0), 0.05); // IT92 Σa + c = 40.96 for Nb
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(2.5)]
    [InlineData(double.NaN)]
    public void It92_refuses_s_outside_0_to_2(double s)
    {
        var ex = Assert.Throws<InputException>(() => FormFactors.F0It92("Si", s));
        Assert.Equal("sinThetaOverLambdaInvA", ex.Problem.Field);
    }

    [Fact]
    public void Unknown_element_is_refused()
    {
        Assert.Equal("element", Assert.Throws<InputException>(() => FormFactors.F0WaasmaierKirfel("Qq2+", 0.1)).Problem.Field);
        Assert.Equal("element", Assert.Throws<InputException>(() => FormFactors.F0It92("", 0.1)).Problem.Field);
    }
}

using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Units;

namespace DfxrmViz.Core.Tests.Units;

public class PhotonTests
{
    // docs/physics.md §9: λ at 17 / 8.048 keV with CODATA 2018 hc.
    [Theory]
    [InlineData(17.0, 0.7293188143)]
    [InlineData(8.048, 1.5405591257)]
    public void Wavelength_matches_CODATA_2018_reference(double energyKeV, double expectedA)
    {
        Assert.Equal(expectedA, Photon.WavelengthA(energyKeV), 1e-10);
    }

    [Fact]
    public void Energy_and_wavelength_round_trip()
    {
        Assert.Equal(17.0, Photon.EnergyKeV(Photon.WavelengthA(17.0)), 1e-12);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Non_positive_or_non_finite_energy_is_refused_with_the_field(double energyKeV)
    {
        var ex = Assert.Throws<InputException>(() => Photon.WavelengthA(energyKeV));
        Assert.Equal("energyKeV", ex.Problem.Field);
        Assert.Contains("positive", ex.Problem.Message);
    }
}

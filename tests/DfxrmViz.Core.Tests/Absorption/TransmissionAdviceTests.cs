using DfxrmViz.Core.Absorption;
using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.Tests.Absorption;

public class TransmissionAdviceTests
{
    private static readonly AbsorbingMaterial LiNbO3 = AbsorbingMaterial.Create(
        new Dictionary<string, double> { ["Li"] = 6, ["Nb"] = 6, ["O"] = 18 }, 318.2123219778982);

    [Fact]
    public void Thickness_for_1_percent_is_L_ln_100()
    {
        // t = −L ln 0.01 with L = 174.581 µm (docs/physics.md §9) = 803.97 µm.
        Assert.Equal(174.581 * Math.Log(100), TransmissionAdvice.ThicknessForTransmissionUm(LiNbO3, 17, 0.01), 5e-3);
    }

    [Fact]
    public void Upward_search_finds_the_energy_giving_10_percent()
    {
        // 1000 µm at 17 keV: T = exp(−1000/174.6) ≈ 0.3 %; above the Nb K edge it is worse, so the answer lies above
        // 19.08 keV (edge + 0.5 %) where T(E) = 0.1 exactly.
        var s = TransmissionAdvice.EnergyForTransmission(LiNbO3, 1000, 0.1, 17, SearchDirection.Up);
        Assert.NotNull(s);
        Assert.True(s.EnergyKeV > 18.986 * 1.005);
        Assert.Equal(0.1, s.Transmission, 1e-6);
        Assert.Equal(100.0, s.WindowMaxKeV);
    }

    [Fact]
    public void Downward_search_from_above_an_edge_stops_half_a_percent_below_it()
    {
        // 200 µm at 20 keV (above Nb K): T ≈ 3 %; just below the edge L ≈ 290 µm gives T ≈ 50 %.
        var s = TransmissionAdvice.EnergyForTransmission(LiNbO3, 200, 0.1, 20, SearchDirection.Down);
        Assert.NotNull(s);
        Assert.Equal(18.986 * 0.995, s.EnergyKeV, 1e-9);
        Assert.True(s.Transmission >= 0.1);
        Assert.True(s.WindowMinKeV < s.EnergyKeV);
    }

    [Fact]
    public void No_energy_below_is_found_when_none_transmits()
    {
        Assert.Null(TransmissionAdvice.EnergyForTransmission(LiNbO3, 5000, 0.1, 17, SearchDirection.Down));
    }

    [Fact]
    public void Edge_note_within_half_a_percent()
    {
        Assert.Equal("Nb K", Assert.Single(TransmissionAdvice.EdgesNear(LiNbO3, 19.0)).Name);
        Assert.Empty(TransmissionAdvice.EdgesNear(LiNbO3, 17.0));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Target_must_be_between_0_and_1(double target)
    {
        var ex = Assert.Throws<InputException>(() => TransmissionAdvice.ThicknessForTransmissionUm(LiNbO3, 17, target));
        Assert.Equal("targetTransmission", ex.Problem.Field);
    }
}

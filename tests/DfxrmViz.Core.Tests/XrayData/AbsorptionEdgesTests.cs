using DfxrmViz.Core.XrayData;

namespace DfxrmViz.Core.Tests.XrayData;

public class AbsorptionEdgesTests
{
    // XrayDB 4.4.7 xray_edges('Nb'): K 18986 eV, L1 2698, L2 2465, L3 2371 eV.
    [Fact]
    public void Nb_edges_come_from_xray_levels()
    {
        var edges = AbsorptionEdges.Of("Nb");
        Assert.Equal("K", edges[0].Level);
        Assert.Equal(18.986, edges[0].EnergyKeV, 1e-12);
        Assert.Equal(2.371, edges.Single(e => e.Level == "L3").EnergyKeV, 1e-12);
        Assert.Equal("Nb K edge at 18.986 keV", edges[0].ToString());
    }

    [Fact]
    public void Edges_near_an_energy_within_half_a_percent()
    {
        Assert.Equal("Nb K", Assert.Single(AbsorptionEdges.Near(["Li", "Nb", "O"], 19.05, 0.005)).Name);
        Assert.Empty(AbsorptionEdges.Near(["Li", "Nb", "O"], 17.0, 0.005));
        Assert.Empty(AbsorptionEdges.Of("Xx"));
    }
}

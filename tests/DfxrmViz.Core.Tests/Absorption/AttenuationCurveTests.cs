using DfxrmViz.Core.Absorption;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.XrayData;

namespace DfxrmViz.Core.Tests.Absorption;

public class AttenuationCurveTests
{
    private static readonly AbsorbingMaterial LiNbO3 = AbsorbingMaterial.Create(
        new Dictionary<string, double> { ["Li"] = 6, ["Nb"] = 6, ["O"] = 18 }, 318.2123219778982);

    [Theory]
    [InlineData(AttenuationTable.Elam)]
    [InlineData(AttenuationTable.Chantler)]
    public void Curve_brackets_every_edge_and_never_straddles_the_Elam_step(AttenuationTable table)
    {
        var curve = AttenuationCurve.Compute(LiNbO3, table, points: 200);
        var e = curve.EnergiesKeV;
        Assert.Equal(1.0, e[0]);
        Assert.Equal(100.0, e[^1]);
        Assert.True(e.Zip(e.Skip(1)).All(p => p.Second > p.First));
        Assert.Contains(curve.Edges, x => x.Name == "Nb K");
        foreach (var edge in curve.Edges)
        {
            Assert.Contains(edge.EnergyKeV * (1 - AttenuationCurve.EdgeOffset), e);
            Assert.Contains(edge.EnergyKeV * (1 + AttenuationCurve.EdgeOffset), e);
        }
        // Nb K (xray_levels 18.986 keV; Elam's step at exp(9.85146) eV = 18.98605 keV): in Elam the length falls ≥ 4×
        // within one segment of relative width ≤ 2e-6 and nowhere else between 18 and 20 keV; Chantler ramps over 15 eV.
        var jumps = Enumerable.Range(1, e.Count - 1)
            .Where(i => e[i] > 18 && e[i] < 20 && curve.AttenuationLengthsUm[i] < 0.25 * curve.AttenuationLengthsUm[i - 1]).ToList();
        if (table == AttenuationTable.Elam)
        {
            var jump = Assert.Single(jumps);
            Assert.True(e[jump] / e[jump - 1] - 1 < 2.1e-6);
        }
        var below = Enumerable.Range(0, e.Count).Last(i => e[i] < 18.9);
        var above = Enumerable.Range(0, e.Count).First(i => e[i] > 19.1);
        Assert.True(curve.AttenuationLengthsUm[below] > 4 * curve.AttenuationLengthsUm[above]);
        Assert.All(curve.AttenuationLengthsUm, l => Assert.True(double.IsFinite(l) && l > 0));
    }

    [Fact]
    public void Range_outside_the_table_is_refused()
    {
        var ex = Assert.Throws<InputException>(() => AttenuationCurve.Compute(LiNbO3, AttenuationTable.Chantler, maxKeV: 300));
        Assert.Equal("energyKeV", ex.Problem.Field);
    }
}

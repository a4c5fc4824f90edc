using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Tests.Golden;
using DfxrmViz.Core.XrayData;

namespace DfxrmViz.Core.Tests.XrayData;

public class MassAttenuationTests
{
    // Golden/xray_factors.json: xraydb 4.4.7 mu_elam / mu_chantler (tools/xraydb/golden_factors.py); same interpolation ⇒ 1e-9.
    [Fact]
    public void Both_tables_reproduce_xraydb_per_element()
    {
        var rows = GoldenFile.Read("xray_factors.json").GetProperty("massAttenuationCm2PerG").EnumerateArray().ToList();
        Assert.True(rows.Count >= 150);
        foreach (var row in rows)
        {
            var symbol = row.GetProperty("symbol").GetString()!;
            var e = row.GetProperty("energyKeV").GetDouble();
            foreach (var (table, kind, key) in Cases)
            {
                var expected = row.GetProperty(key).GetDouble();
                var actual = MassAttenuation.CoefficientCm2PerG(symbol, e, table, kind);
                Assert.True(Math.Abs(actual / expected - 1) < 1e-9, $"{symbol} {e} keV {key}: {actual} vs {expected}");
            }
        }
    }

    private static readonly (AttenuationTable, AttenuationKind, string)[] Cases =
    [
        (AttenuationTable.Elam, AttenuationKind.Total, "elam_total"),
        (AttenuationTable.Elam, AttenuationKind.Photo, "elam_photo"),
        (AttenuationTable.Chantler, AttenuationKind.Total, "chantler_total"),
        (AttenuationTable.Chantler, AttenuationKind.Photo, "chantler_photo"),
    ];

    [Theory]
    [InlineData(AttenuationTable.Elam, 0.05)]
    [InlineData(AttenuationTable.Elam, 801.0)]
    [InlineData(AttenuationTable.Chantler, 0.9)]
    [InlineData(AttenuationTable.Chantler, 250.0)]
    public void Energy_outside_the_table_names_the_range(AttenuationTable table, double energyKeV)
    {
        var ex = Assert.Throws<InputException>(() => MassAttenuation.CoefficientCm2PerG("Si", energyKeV, table));
        Assert.Equal("energyKeV", ex.Problem.Field);
        Assert.Contains(MassAttenuation.ValidRange(table).ToString(), ex.Problem.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-3.0)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Non_positive_energy_is_refused(double energyKeV)
    {
        var ex = Assert.Throws<InputException>(() => MassAttenuation.CoefficientCm2PerG("Si", energyKeV));
        Assert.Equal("energyKeV", ex.Problem.Field);
    }

    [Fact]
    public void Chantler_has_no_element_beyond_uranium_but_Elam_has()
    {
        var ex = Assert.Throws<InputException>(() => MassAttenuation.CoefficientCm2PerG("Cf", 17, AttenuationTable.Chantler));
        Assert.Equal("element", ex.Problem.Field);
        Assert.Contains("Cf", ex.Problem.Message);
        Assert.True(MassAttenuation.CoefficientCm2PerG("Cf", 17) > 0);
    }

    [Fact]
    public void Elam_steps_up_at_the_Nb_K_edge_and_Chantler_rises_steeply_across_it()
    {
        // xray_levels: Nb K 18.986 keV; Elam photo ratio across it ≈ jump ratio 6.683 (Elam table); Chantler ramps within 15 eV.
        var step = MassAttenuation.TableStepEnergiesKeV("Nb", AttenuationTable.Elam).Single(e => e > 18 && e < 20);
        Assert.Equal(18.986, step, 1e-3);
        var below = MassAttenuation.CoefficientCm2PerG("Nb", step * (1 - 1e-6), kind: AttenuationKind.Photo);
        var above = MassAttenuation.CoefficientCm2PerG("Nb", step * (1 + 1e-6), kind: AttenuationKind.Photo);
        Assert.InRange(above / below, 6.0, 7.5);
        Assert.True(MassAttenuation.CoefficientCm2PerG("Nb", 19.0, AttenuationTable.Chantler)
            > 4 * MassAttenuation.CoefficientCm2PerG("Nb", 18.97, AttenuationTable.Chantler));
    }
}

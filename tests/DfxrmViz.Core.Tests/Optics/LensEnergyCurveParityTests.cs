using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Optics;

namespace DfxrmViz.Core.Tests.Optics;

/// <summary>The energy curve remembers δ, β and the box matrix per energy and reports "no image" without an exception: every
/// point must equal what <see cref="LensCalculator.Compute(LensFile, LensRequest, AtomicOpticsData)"/> gives (or throws) for
/// that energy, bit for bit, also when the curve is computed a second time (cached) at another 2θ.</summary>
public class LensEnergyCurveParityTests
{
    [Theory]
    [InlineData(11.161381674768602, 5000.0)] // docs/physics.md §9 example
    [InlineData(30.0, 300.0)]                // short distance: many energies without an image
    public void Every_point_equals_the_single_lens_solve_or_is_null_where_it_throws(double twoThetaDeg, double dTotPrimeMm)
    {
        double[] energies = [.. Enumerable.Range(0, 60).Select(i => 6.5 + i)];
        for (var pass = 0; pass < 2; pass++)
        {
            var curve = LensEnergyCurve.Compute(LensGolden.Id06, energies, twoThetaDeg, null, dTotPrimeMm, LensModel.Thick, AtomicOpticsData.XrayDb);
            for (var i = 0; i < energies.Length; i++)
            {
                LensResult? direct;
                try
                {
                    direct = LensCalculator.Compute(LensGolden.Id06, new LensRequest(energies[i], twoThetaDeg, null, dTotPrimeMm), AtomicOpticsData.XrayDb);
                }
                catch (InputException)
                {
                    direct = null;
                }
                Assert.True(direct?.D1Mm == curve[i].D1Mm && direct?.Magnification == curve[i].Magnification,
                    $"E = {energies[i]} keV, 2θ = {twoThetaDeg}°, pass {pass}: curve ({curve[i].D1Mm}, {curve[i].Magnification}) vs solve ({direct?.D1Mm}, {direct?.Magnification})");
            }
        }
    }

    [Fact]
    public void A_bad_energy_is_a_gap_like_the_single_solve_refuses_it()
    {
        double[] energies = [0, -5, double.NaN, 17];
        var curve = LensEnergyCurve.Compute(LensGolden.Id06, energies, 11.161381674768602, null, 5000, LensModel.Thick, AtomicOpticsData.XrayDb);
        foreach (var e in energies[..3])
        {
            Assert.Throws<InputException>(() => LensCalculator.Compute(LensGolden.Id06, new LensRequest(e, 11.161381674768602, null, 5000), AtomicOpticsData.XrayDb));
        }
        Assert.All(curve.Take(3), p => Assert.True(p.D1Mm is null && p.Magnification is null));
        Assert.NotNull(curve[3].D1Mm); // docs/physics.md §9: 17 keV images at d_tot′ = 5 m
    }

    [Fact]
    public void TryCompute_returns_the_problem_Compute_throws()
    {
        var request = new LensRequest(17, 11.161381674768602, null, 10); // 10 mm: far too short for an image
        var ex = Assert.Throws<InputException>(() => LensCalculator.Compute(LensGolden.Id06, request, AtomicOpticsData.XrayDb));
        var optics = LensGolden.Id06.Box.Series.Select(s => LensMaterialOpticsCalculator.Compute(s.Material, 17, AtomicOpticsData.XrayDb)).ToList();
        Assert.Null(LensCalculator.TryCompute(LensGolden.Id06, request, optics, out var problem));
        Assert.Equal(ex.Problem, problem);
        Assert.True(problem!.PhysicallyImpossible);
    }
}

using System.Text.Json;
using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Tests.Golden;

namespace DfxrmViz.Core.Tests.Orientation;

/// <summary>Planes parallel to the exit surface (Q ∥ ẑ_S, the symmetric Bragg case; issue 12 item 3): answered with the free
/// azimuth of docs/physics.md §6, against d and 2θ from gemmi 0.5.7 (tools/gemmi/golden_symmetric_bragg.py → Golden/symmetric_bragg.json).</summary>
public class SymmetricBraggTests
{
    private static readonly SampleBoxUm Box = new(5000, 5000, 150);

    public static TheoryData<int> Cases() => [.. Enumerable.Range(0, Golden().GetArrayLength())];

    private static JsonElement Golden() => GoldenFile.Read("symmetric_bragg.json").GetProperty("cases");

    private static (JsonElement G, UnitCell Cell, (double, double, double) Hkl, OrientationInputs Inputs) Case(int i)
    {
        var g = Golden()[i];
        var cell = CrystalLibrary.Load(g.GetProperty("crystal").GetString()!).Cell;
        double[] V(string p) => [.. g.GetProperty(p).EnumerateArray().Select(x => x.GetDouble())];
        var (h, up, front) = (V("hkl"), V("up"), V("front"));
        var inputs = new OrientationInputs(LatticeVector.Direction(up[0], up[1], up[2]), LatticeVector.Plane(front[0], front[1], front[2]),
            Sample: Box, AttenuationLengthUm: 100);
        return (g, cell, (h[0], h[1], h[2]), inputs);
    }

    private static double Golden(JsonElement g, string p) => g.GetProperty(p).GetDouble();

    // Beams symmetric about the surface normal ẑ_S: equal angles to the surface (both θ of gemmi), mirror images in the surface.
    [Theory]
    [MemberData(nameof(Cases))]
    public void Q_along_the_exit_normal_gives_symmetric_beams_and_the_gemmi_two_theta(int i)
    {
        var (g, cell, hkl, inputs) = Case(i);
        var r = OrientationCalculator.Compute(cell, hkl, Golden(g, "energyKeV"), inputs, GoniometerProfiles.Get("esrf-dfxm"));
        var what = $"{g.GetProperty("crystal")} {g.GetProperty("hkl")}";
        Assert.True(r.AzimuthFree, what);
        Assert.Equal(Golden(g, "twoThetaDeg"), r.TwoThetaDeg, 1e-9);
        Assert.Equal(Golden(g, "dA"), r.DA, 1e-11);
        Assert.Equal(0, r.QSampleInvA.Normalized().Cross(Frames.SampleFront).Norm, 1e-12);
        var n = Frames.SampleFront;
        double ToSurface(Vec3 k) => Math.Asin(Math.Abs(k.Dot(n)) / k.Norm);
        var theta = Frames.Rad(Golden(g, "twoThetaDeg") / 2);
        Assert.Equal(ToSurface(r.K0SampleInvA), ToSurface(r.KhSampleInvA), 1e-9);
        Assert.Equal(theta, ToSurface(r.K0SampleInvA), 1e-9);
        // Mirror in the surface: tangential parts equal, normal parts opposite (k0 goes in, kh comes out).
        var k = r.K0SampleInvA.Norm;
        Assert.Equal(0, ((r.K0SampleInvA - r.K0SampleInvA.Dot(n) * n) - (r.KhSampleInvA - r.KhSampleInvA.Dot(n) * n)).Norm / k, 1e-9);
        Assert.Equal(0, (r.K0SampleInvA.Dot(n) + r.KhSampleInvA.Dot(n)) / k, 1e-9);
        Assert.True(r.K0SampleInvA.Dot(n) < 0 && r.KhSampleInvA.Dot(n) > 0, what);
        // Azimuth 0: the plane of the beams contains the sample's up axis, beams travelling towards +up.
        Assert.Equal(0, (r.BeamExitSample - Frames.SampleUp).Norm, 1e-12);
        Assert.Equal(SlabGeometry.Bragg, r.Slab!.Geometry);
        Assert.Equal(Math.Sin(theta), r.Slab.Gamma0, 1e-9);
        Assert.Equal(-Math.Sin(theta), r.Slab.GammaH, 1e-9);
    }

    // azimuthDeg turns the plane right-handedly about Q (docs/physics.md §6 "Free azimuth"); θ, Q and the symmetry stay.
    [Theory]
    [MemberData(nameof(Cases))]
    public void Azimuth_turns_the_scattering_plane_about_Q_by_the_given_angle(int i)
    {
        var (g, cell, hkl, inputs) = Case(i);
        var profile = GoniometerProfiles.Get("esrf-dfxm");
        var energy = Golden(g, "energyKeV");
        var zero = OrientationCalculator.Compute(cell, hkl, energy, inputs, profile);
        var qn = zero.QSampleInvA.Normalized();
        foreach (var psi in new[] { 30.0, -75.0, 90.0, 180.0, 123.456 })
        {
            var r = OrientationCalculator.Compute(cell, hkl, energy, inputs with { AzimuthDeg = psi }, profile);
            var p0 = Perp(zero);
            var p = Perp(r);
            Assert.Equal(Math.Cos(Frames.Rad(psi)), p0.Dot(p), 1e-12);
            Assert.Equal(Math.Sin(Frames.Rad(psi)), p0.Cross(p).Dot(qn), 1e-12);
            Assert.Equal(0, (r.QSampleInvA - zero.QSampleInvA).Norm, 1e-12);
            Assert.Equal(zero.TwoThetaDeg, r.TwoThetaDeg, 1e-12);
            Assert.Equal(0, (r.K0SampleInvA.Dot(Frames.SampleFront) + r.KhSampleInvA.Dot(Frames.SampleFront)) / r.K0SampleInvA.Norm, 1e-9);
        }
    }

    private static Vec3 Perp(OrientationResult r) => (r.K0SampleInvA + r.KhSampleInvA).Normalized();

    // Every profile has solutions, and each turns k0 onto the beam and Q onto the lab target Q̂_L(θ) (docs/physics.md §7).
    [Theory]
    [MemberData(nameof(Cases))]
    public void Goniometer_solutions_exist_and_reproduce_Q(int i)
    {
        var (g, cell, hkl, inputs) = Case(i);
        foreach (var profile in GoniometerProfiles.All)
        {
            foreach (var psi in new[] { 0.0, 40.0 })
            {
                var r = OrientationCalculator.Compute(cell, hkl, Golden(g, "energyKeV"), inputs with { AzimuthDeg = psi }, profile);
                Assert.NotEmpty(r.Solutions.Solutions);
                var theta = Frames.Rad(r.TwoThetaDeg / 2);
                foreach (var s in r.Solutions.Solutions)
                {
                    var gamma = profile.Rotation([.. s.AnglesDeg.Select(a => Frames.Rad(a.Value))]);
                    var what = $"{g.GetProperty("crystal")} {profile.Id} ψ {psi}";
                    Assert.True((gamma * r.QSampleInvA.Normalized() - Frames.LabScatteringUnit(theta, 0)).Norm < 1e-9, what);
                    Assert.True((gamma * r.K0SampleInvA.Normalized() - Frames.LabBeam).Norm < 1e-9, what);
                }
            }
        }
    }

    // A given beam-exit direction ∥ Q leaves the plane as free as the exit surface does: same answer, never refused.
    [Fact]
    public void A_beam_exit_direction_parallel_to_Q_is_the_same_free_case()
    {
        var (g, cell, hkl, inputs) = Case(0);
        var profile = GoniometerProfiles.Get("esrf-dfxm");
        var viaFront = OrientationCalculator.Compute(cell, hkl, Golden(g, "energyKeV"), inputs with { AzimuthDeg = 20 }, profile);
        var given = inputs with { BeamExit = LatticeVector.Plane(-6, 0, 0), AzimuthDeg = 20 };
        var viaExit = OrientationCalculator.Compute(cell, hkl, Golden(g, "energyKeV"), given, profile);
        Assert.True(viaExit.AzimuthFree);
        Assert.Equal(BeamExitRule.Given, viaExit.BeamExitRule);
        Assert.Equal(0, (viaExit.K0SampleInvA - viaFront.K0SampleInvA).Norm, 1e-12);
    }

    // Where e fixes the plane the azimuth is not used: the answer is that of azimuth 0 (the stage says so in words).
    [Fact]
    public void Azimuth_is_not_used_where_the_beam_rule_fixes_the_plane()
    {
        var cell = CrystalLibrary.Load("LiNbO3").Cell;
        var profile = GoniometerProfiles.Get("esrf-dfxm");
        var a = OrientationCalculator.Compute(cell, (1, -1, 2), 17, new OrientationInputs(), profile);
        var b = OrientationCalculator.Compute(cell, (1, -1, 2), 17, new OrientationInputs(AzimuthDeg: 33), profile);
        Assert.False(b.AzimuthFree);
        Assert.Equal(a.K0SampleInvA, b.K0SampleInvA);
        Assert.Equal(33, b.AzimuthDeg);
    }

    [Fact]
    public void A_non_finite_azimuth_is_refused_by_field()
    {
        var (g, cell, hkl, inputs) = Case(0);
        var ex = Assert.Throws<Diagnostics.InputException>(() =>
            OrientationCalculator.Compute(cell, hkl, Golden(g, "energyKeV"), inputs with { AzimuthDeg = double.NaN }, GoniometerProfiles.Get("esrf-dfxm")));
        Assert.Equal("azimuthDeg", ex.Problem.Field);
    }
}

using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Orientation;

namespace DfxrmViz.Core.Tests.Orientation;

/// <summary>Hand-computed slabs and boxes (docs/physics.md §3; Beer–Lambert, cf. ITC Vol. C ch. 6.3).</summary>
public class BeamPathTests
{
    private const double Theta = 0.2; // rad
    private const double T = 100, Latt = 80; // µm

    [Fact]
    public void Symmetric_Laue_is_exp_minus_mu_t_over_cos_theta()
    {
        var k0 = new Vec3(-Math.Sin(Theta), 0, Math.Cos(Theta));
        var kh = new Vec3(Math.Sin(Theta), 0, Math.Cos(Theta));
        var s = BeamPath.Slab(T, Latt, k0, kh)!;
        Assert.Equal(SlabGeometry.Laue, s.Geometry);
        Assert.Equal(Math.Exp(-T / Latt / Math.Cos(Theta)), s.Transmission, 1e-14);
    }

    /// <summary>Regression (issue 12 item 4, the orientation fuzz test's NaN): an asymmetric Laue slab with γ0 > γh and µt so
    /// large that e^(−µt/γh) underflows gave 0·∞ = NaN; the transmission is then 0, and for a moderate µt still the closed form.</summary>
    [Theory]
    [InlineData(1e6, 80)]      // µt = 12 500: e^(−µt/γh) = 0 in double precision
    [InlineData(2000, 1)]      // µt = 2 000
    [InlineData(T, Latt)]      // moderate: equals [e^(−µt/γh) − e^(−µt/γ0)]/[µt(1/γ0 − 1/γh)] evaluated directly
    public void Asymmetric_Laue_with_gamma0_above_gammah_stays_finite(double thicknessUm, double attenuationLengthUm)
    {
        var k0 = new Vec3(-Math.Sin(0.1), 0, Math.Cos(0.1));   // γ0 = cos 0.1 ≈ 0.995
        var kh = new Vec3(Math.Sin(1.3), 0, Math.Cos(1.3));    // γh = cos 1.3 ≈ 0.267
        var s = BeamPath.Slab(thicknessUm, attenuationLengthUm, k0, kh)!;
        Assert.Equal(SlabGeometry.Laue, s.Geometry);
        Assert.True(double.IsFinite(s.Transmission), $"T = {s.Transmission}");
        var mut = thicknessUm / attenuationLengthUm;
        var direct = (Math.Exp(-mut / s.GammaH) - Math.Exp(-mut / s.Gamma0)) / (mut * (1 / s.Gamma0 - 1 / s.GammaH));
        Assert.Equal(double.IsFinite(direct) ? direct : 0, s.Transmission, 1e-14);
        Assert.InRange(s.Transmission, 0, 1);
    }

    [Fact]
    public void Symmetric_Bragg_is_one_minus_exp_over_x()
    {
        // Q ∥ n̂ = z: γ0 = |γh| = sin θ, Σ = 2/sin θ, ⟨T⟩ = (1 − e^(−µtΣ))/(µtΣ).
        var k0 = new Vec3(Math.Cos(Theta), 0, Math.Sin(Theta));
        var kh = new Vec3(Math.Cos(Theta), 0, -Math.Sin(Theta));
        var s = BeamPath.Slab(T, Latt, k0, kh)!;
        var x = T / Latt * 2 / Math.Sin(Theta);
        Assert.Equal(SlabGeometry.Bragg, s.Geometry);
        Assert.Equal((1 - Math.Exp(-x)) / x, s.Transmission, 1e-14);
    }

    [Fact]
    public void Asymmetric_Laue_matches_a_numerical_depth_average()
    {
        var k0 = new Vec3(0.3, 0.1, 0.9).Normalized();
        var kh = new Vec3(-0.2, 0.4, 0.7).Normalized();
        double g0 = k0.Z, gh = kh.Z, sum = 0;
        const int n = 200000;
        for (var i = 0; i < n; i++)
        {
            var z = (i + 0.5) / n * T; // depth below the entrance face
            sum += Math.Exp(-(z / g0 + (T - z) / gh) / Latt);
        }
        Assert.Equal(sum / n, BeamPath.Slab(T, Latt, k0, kh)!.Transmission, 1e-9);
    }

    [Fact]
    public void Box_path_from_the_centre_hits_the_nearest_wall()
    {
        var box = new SampleBoxUm(200, 400, 100);
        // Along (1,1,1)/√3: walls at 100, 200, 50 along x, y, z → z wall first, at 50·√3.
        Assert.Equal(50 * Math.Sqrt(3), BeamPath.DistanceToWallUm(box, Vec3.Zero, new Vec3(1, 1, 1).Normalized()), 1e-12);
        var (i, o) = BeamPath.FromCentreUm(box, new Vec3(0, 0, 1), new Vec3(1, 0, 0));
        Assert.Equal(50, i, 1e-12);
        Assert.Equal(100, o, 1e-12);
    }
}

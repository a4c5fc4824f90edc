using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Numerics;

namespace DfxrmViz.Core.Tests.Goniometer;

public class GoniometerProfilesTests
{
    [Fact]
    public void Shipped_profiles_load_with_sourced_or_assumed_limits()
    {
        Assert.Equal(["dfxrm-vis", "esrf-dfxm", "generic-eulerian"], GoniometerProfiles.All.Select(p => p.Id));
        foreach (var p in GoniometerProfiles.All)
        {
            Assert.All(p.Axes, a =>
            {
                Assert.True(a.Limits.Source is not null || (a.Limits.Assumption && a.Limits.Note is not null), $"{p.Id}.{a.AsciiName}");
                Assert.Equal(1, a.AxisLab.Norm, 1e-12);
                Assert.True(a.Limits.MinDeg < a.Limits.MaxDeg);
            });
        }
    }

    // docs/physics.md §7: esrf-dfxm Γ = R_y(μ)R_x(ω)R_z(χ)R_y(−φ); dfxrm-vis Γ = R_y(−ω)R_z(χ)R_x(−φ).
    [Fact]
    public void Rotation_stacks_match_PHYSICS_section_7()
    {
        double mu = 0.1, om = -0.7, chi = 0.3, phi = 1.2;
        var esrf = GoniometerProfiles.Get("esrf-dfxm").Rotation([mu, om, chi, phi]);
        var expected = Mat3.RotationY(mu) * Mat3.RotationX(om) * Mat3.RotationZ(chi) * Mat3.RotationY(-phi);
        AssertClose(expected, esrf);
        var vis = GoniometerProfiles.Get("dfxrm-vis").Rotation([om, chi, phi]);
        AssertClose(Mat3.RotationY(-om) * Mat3.RotationZ(chi) * Mat3.RotationX(-phi), vis);
        Assert.Equal(["mu", "omega", "chi", "phi"], GoniometerProfiles.Get("esrf-dfxm").Axes.Select(a => a.AsciiName));
    }

    [Fact]
    public void Unknown_profile_lists_the_known_ones()
    {
        var ex = Assert.Throws<InputException>(() => GoniometerProfiles.Get("kappa"));
        Assert.Contains("esrf-dfxm", ex.Message);
    }

    private static void AssertClose(Mat3 a, Mat3 b)
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(0, (a.Row(i) - b.Row(i)).Norm, 1e-14);
        }
    }
}

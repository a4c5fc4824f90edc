using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Scattering;

namespace DfxrmViz.Core.Tests.Scattering;

/// <summary>"Why not" for a typed hkl (issue 6).</summary>
public class ReflectionExplainerTests
{
    private static readonly Lazy<Core.Crystal.Crystal> Si = new(() => CrystalLibrary.Load("Si"));

    private static ReflectionVerdict Explain(int h, int k, int l, double e = 17, double min = 0, double max = 45) =>
        ReflectionExplainer.Explain(Si.Value, new Hkl(h, k, l), e, min, max);

    [Fact]
    public void Origin_is_refused() => Assert.Equal(ReflectionStatus.Origin, Explain(0, 0, 0).Status);

    [Fact]
    public void Absent_names_the_glide()
    {
        var v = Explain(2, 0, 0);
        Assert.Equal(ReflectionStatus.SystematicallyAbsent, v.Status);
        Assert.Contains("glide plane", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Site_extinction_is_negligible_intensity()
    {
        var v = Explain(2, 2, 2);
        Assert.Equal(ReflectionStatus.NegligibleIntensity, v.Status);
        Assert.Contains("site extinction", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_window_gives_the_angle_and_the_energy_range()
    {
        // Si 333: d = 1.04514 Å; at 8.048 keV 2θ = 94.95° > 45°; E ≥ hc/(2 d sin 22.5°) = 15.4999 keV.
        var v = Explain(3, 3, 3, e: 8.048);
        Assert.Equal(ReflectionStatus.OutsideWindow, v.Status);
        Assert.Equal(12.398419843320026 / (2 * v.DA!.Value * Math.Sin(22.5 * Math.PI / 180)), v.EnergyMinKeV!.Value, 1e-9);
        Assert.Contains("outside [0°, 45°]", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Beyond_Bragg_limit_needs_a_higher_energy()
    {
        var v = Explain(8, 8, 8, e: 5);
        Assert.Equal(ReflectionStatus.BeyondBraggLimit, v.Status);
        Assert.Contains("needs E ≥", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reachable_reflection_and_require()
    {
        var v = Explain(1, 1, 1);
        Assert.True(v.IsReachable);
        Assert.Equal(v, ReflectionExplainer.RequireReachable(Si.Value, new Hkl(1, 1, 1), 17, 0, 45));
        var ex = Assert.Throws<InputException>(() => ReflectionExplainer.RequireReachable(Si.Value, new Hkl(2, 0, 0), 17, 0, 45));
        Assert.True(ex.Problem.PhysicallyImpossible);
    }
}

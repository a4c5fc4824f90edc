using Bunit;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Scattering;
using DfxrmViz.Web.Components.Geometry;
using DfxrmViz.Web.Tests.Components;

namespace DfxrmViz.Web.Tests.Orientation;

/// <summary>The azimuth field (shown when the plane of the beams is free) and the mount check with more than two rows.</summary>
public class MountCheckFormTests
{
    private static Plan Symmetric => MudContext.Builtin("LiNbO3") with
    {
        Hkl = new Hkl(3, 0, 0),
        Up = LatticeVector.Direction(0, 0, 1),
        Front = LatticeVector.Plane(1, 0, 0),
    };

    [Fact]
    public async Task The_azimuth_field_shows_for_the_symmetric_case_and_edits_the_plan()
    {
        await using var ctx = MudContext.Create();
        var session = await ctx.OpenAsync(Symmetric);
        var cut = ctx.Render<GeometrySection>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#geometry-azimuth")));
        cut.Find("#geometry-azimuth").Change("30");
        Assert.Equal(30, session.Plan.AzimuthDeg);
        cut.WaitForAssertion(() => Assert.Contains("azimuthDeg = 30°", cut.Find("#geometry-beam-rule").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_azimuth_field_is_hidden_where_the_beam_rule_fixes_the_plane()
    {
        await using var ctx = MudContext.Create();
        await ctx.OpenAsync(MudContext.Builtin("LiNbO3") with { Hkl = new Hkl(1, -1, 2) });
        var cut = ctx.Render<GeometrySection>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#geometry-solutions")));
        Assert.Empty(cut.FindAll("#geometry-azimuth"));
    }

    // Three rows from the planned orientation's own angles for three reflections: misorientation 0, three residuals shown.
    [Fact]
    public async Task Rows_can_be_added_and_three_reflections_show_their_residuals()
    {
        await using var ctx = MudContext.Create();
        var session = await ctx.OpenAsync(Symmetric);
        var cut = ctx.Render<GeometrySection>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#mount-check-add")));
        cut.Find("#mount-check-add").Click();
        var cell = Core.Crystal.CrystalLibrary.Load("LiNbO3").Cell;
        var profile = Core.Goniometer.GoniometerProfiles.Get("esrf-dfxm");
        var inputs = new OrientationInputs(Symmetric.Up, Symmetric.Front);
        var hkls = new[] { (3, 0, 0), (1, 0, 4), (0, 1, 2) };
        for (var k = 0; k < 3; k++)
        {
            var (h, kk, l) = hkls[k];
            cut.Find($"#found-{k}-hkl").Change($"{h} {kk} {l}");
            var s = OrientationCalculator.Compute(cell, (h, kk, l), 17, inputs, profile).Solutions.Solutions[0];
            foreach (var a in s.AnglesDeg)
            {
                cut.Find($"#found-{k}-{a.Key}").Change(a.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        cut.Find("#mount-check-run").Click();
        cut.WaitForAssertion(() => Assert.Contains("sits as assumed", cut.Find("#mount-check-verdict").TextContent, StringComparison.Ordinal));
        Assert.Equal(3, session.Plan.MountCheck!.Found.Count);
        Assert.Equal(3, cut.FindAll("#mount-check-residuals tbody tr").Count);
        Assert.Empty(cut.FindAll(".found-flagged"));
        // The click is queued behind whatever the circuit's dispatcher is doing (the background phases' renders): wait for it.
        cut.Find("#found-2-remove").Click();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("#found-2-hkl")));
    }
}

using Bunit;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Scattering;
using DfxrmViz.Web.Components.Geometry;
using DfxrmViz.Web.Tests.Components;

namespace DfxrmViz.Web.Tests.Orientation;

public class GeometrySectionTests
{
    private static Plan LiNbO3(Hkl? hkl = null) => MudContext.Builtin("LiNbO3") with { Hkl = hkl };

    [Fact]
    public async Task A_crystal_that_cannot_be_read_says_what_is_missing()
    {
        await using var ctx = MudContext.Create();
        await ctx.OpenAsync(new Plan { Crystal = CrystalSource.FromCif("data_x\n_cell_length_a 5.4x3\n") });
        var cut = ctx.Render<GeometrySection>();
        Assert.Contains("Needs:", cut.Markup);
        Assert.Contains("a crystal", cut.Markup);
    }

    [Fact]
    public async Task Without_a_typed_reflection_it_uses_the_default_and_shows_the_inputs()
    {
        await using var ctx = MudContext.Create();
        var session = await ctx.OpenAsync(LiNbO3());
        var cut = ctx.Render<GeometrySection>();
        Assert.NotNull(cut.Find("#geometry-hkl"));
        Assert.NotNull(cut.Find("#geometry-limits"));
        Assert.Contains("default:", cut.Markup);
        Assert.Null(session.Plan.Hkl);
    }

    // docs/physics.md §9: LiNbO3 (1,−1,2) at 17 keV, 2θ 11.161382°; esrf-dfxm μ = θ = 5.5807°, others 0 (default, highlighted).
    [Fact]
    public async Task Typed_reflection_shows_two_theta_and_the_solutions_table_with_the_default_highlighted()
    {
        await using var ctx = MudContext.Create();
        var session = await ctx.OpenAsync(LiNbO3());
        var cut = ctx.Render<GeometrySection>();
        cut.Find("#geometry-hkl").Change("1 -1 2");
        Assert.Equal(new Hkl(1, -1, 2), session.Plan.Hkl);
        cut.WaitForAssertion(() => Assert.Contains("11.16138°", cut.Find("#geometry-two-theta").TextContent));
        // The key numbers render first, the section around them in a later batch (PlanComponentBase.RendersFirst).
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("#geometry-solutions tbody tr").Count));
        var rows = cut.FindAll("#geometry-solutions tbody tr");
        Assert.Contains("chosen", rows[0].ClassList);
        Assert.Contains("5.5807°", rows[0].TextContent);
        Assert.Contains("default", rows[0].TextContent);
        Assert.Contains("no: χ, φ", rows[1].TextContent);
        Assert.Contains("[1 1 0] (default)", cut.Find("#geometry-front-used").TextContent);
        // Symmetric Laue, 150 µm: L = 75/cos θ = 75.36 µm each way.
        Assert.Contains("75.4 µm", cut.Find("#geometry-path-in").TextContent);
        Assert.Contains("%", cut.Find("#geometry-transmission").TextContent);
        Assert.Contains("Laue", cut.Find("#geometry-slab").TextContent);

        // Picking the second solution highlights it as the user's choice and puts it into the plan.
        cut.Find("#geometry-solutions-row-1").Click();
        cut.WaitForAssertion(() => Assert.Contains("chosen", cut.Find("#geometry-solutions-row-1").ClassList));
        Assert.Equal(1, session.Plan.Solution);
        Assert.Contains("outside the limits", cut.Markup);
    }

    [Fact]
    public async Task No_solution_inside_the_limits_shows_the_blocking_axis()
    {
        await using var ctx = MudContext.Create();
        await ctx.OpenAsync(LiNbO3(new Hkl(1, -1, 2)) with { Up = LatticeVector.Plane(0, 0, 1) });
        var cut = ctx.Render<GeometrySection>();
        var blocked = cut.Find("#geometry-solutions-blocked");
        Assert.StartsWith("Blocked by the", blocked.TextContent.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain(cut.FindAll("#geometry-solutions tbody tr"), r => r.ClassList.Contains("chosen"));
    }

    [Fact]
    public async Task Front_parallel_to_up_is_shown_by_the_field_and_two_theta_stays()
    {
        await using var ctx = MudContext.Create();
        await ctx.OpenAsync(LiNbO3(new Hkl(1, -1, 2)));
        var cut = ctx.Render<GeometrySection>();
        cut.Find("#geometry-front").Change("2 -2 4");
        cut.WaitForAssertion(() => Assert.Contains("parallel to up", cut.Markup));
        Assert.Contains("11.16138°", cut.Find("#geometry-two-theta").TextContent);
    }

    [Fact]
    public async Task Mount_check_with_one_reflection_reports_the_tilt_and_the_free_rotation_about_Q()
    {
        await using var ctx = MudContext.Create();
        var session = await ctx.OpenAsync(LiNbO3(new Hkl(1, -1, 2)));
        var cut = ctx.Render<GeometrySection>();
        cut.Find("#found-0-hkl").Change("1 -1 2");
        // χ (roll about the beam) 1.5° off the planned μ = θ, others 0 → misorientation 1.5° (Core MountCheckTests).
        foreach (var (axis, value) in new[] { ("mu", "5.580691"), ("omega", "0"), ("chi", "1.5"), ("phi", "0") })
        {
            cut.Find($"#found-0-{axis}").Change(value);
        }
        cut.Find("#mount-check-run").Click();
        cut.WaitForAssertion(() => Assert.Contains("turned by 1.500°", cut.Find("#mount-check-verdict").TextContent));
        Assert.Contains("rotation about its Q is undetermined", cut.Markup);
        Assert.Contains("1.5000°", cut.Find("#mount-check-solutions").TextContent);
        Assert.Single(session.Plan.MountCheck!.Found);
    }

    [Fact]
    public async Task The_session_refuses_a_zero_up_vector_and_an_unknown_goniometer_and_keeps_the_plan()
    {
        await using var ctx = MudContext.Create();
        var session = await ctx.OpenAsync(LiNbO3());
        Assert.Throws<InputException>(() => session.Edit(p => p with { Up = LatticeVector.Direction(0, 0, 0) }));
        Assert.Throws<InputException>(() => session.Edit(p => PlanEdits.WithGoniometer(p, "nope")));
        Assert.Null(session.Plan.Up);
        Assert.Equal("esrf-dfxm", session.Plan.Goniometer);
    }

    [Theory]
    [InlineData("1 -1 2", 1, -1, 2)]
    [InlineData("(1,−1,2)", 1, -1, 2)]
    [InlineData("1-12", 1, -1, 2)]
    [InlineData("[1 1 0]", 1, 1, 0)]
    public void The_index_parser_reads_the_usual_spellings(string text, int h, int k, int l) =>
        Assert.Equal(new Hkl(h, k, l), HklText.Parse(text, "hkl"));

    [Theory]
    [InlineData("1 2")]
    [InlineData("1.5 0 0")]
    [InlineData("a b c")]
    public void The_index_parser_refuses_bad_reflections(string text) =>
        Assert.Equal("hkl", Assert.Throws<InputException>(() => HklText.Parse(text, "hkl")).Problem.Field);
}

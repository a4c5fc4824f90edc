using Bunit;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Scattering;
using DfxrmViz.Web.Components.Reflections;
using DfxrmViz.Web.Services;
using DfxrmViz.Web.Tests.Components;
using Microsoft.Extensions.DependencyInjection;

namespace DfxrmViz.Web.Tests.Reflections;

public class ReflectionsSectionTests
{
    [Theory]
    [InlineData("Si")]
    [InlineData("LiNbO3")]
    public async Task Default_selection_is_the_strongest_and_is_reachable_with_its_own_mount(string crystal)
    {
        await using var ctx = MudContext.Create();
        var session = await ctx.OpenAsync(MudContext.Builtin(crystal));
        var cut = ctx.Render<ReflectionsSection>();
        cut.WaitForAssertion(() => Assert.Contains("chosen by default as the strongest", cut.Find("#selection-note").TextContent));
        Assert.True(session.Results.Selection.Value!.IsDefault);
        Assert.Null(session.Plan.Hkl);
        // up = Q of the selected reflection: it is in Bragg condition with every motor inside the limits.
        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll("td.reach-cell"), c => c.TextContent.Trim() == "yes"));
    }

    [Fact]
    public async Task A_typed_absent_reflection_is_kept_and_says_why()
    {
        await using var ctx = MudContext.Create();
        var session = await ctx.OpenAsync(MudContext.Builtin("Si"));
        var cut = ctx.Render<ReflectionsSection>();
        cut.Find("#goto-hkl").Input("2 0 0"); // F d -3 m: 200 absent (d-glide)
        cut.Find("#goto-button").Click();
        await session.Settled;
        cut.WaitForAssertion(() => Assert.Contains("absent", cut.Find("#goto-message").TextContent));
        Assert.Equal(new Hkl(2, 0, 0), session.Plan.Hkl);
        Assert.False(session.Results.Selection.Value!.Usable);
    }

    [Fact]
    public async Task The_table_renders_only_the_rows_in_view()
    {
        await using var ctx = MudContext.Create();
        var session = ctx.Services.GetRequiredService<PlanSession>();
        session.Open(Plan.Example with { EnergyKeV = 60 });
        var cut = ctx.Render<ReflectionsSection>();
        cut.WaitForAssertion(() => Assert.NotNull(session.Results.Reflections.Value), TimeSpan.FromMinutes(2));
        var rows = session.Results.Reflections.Value!.Rows.Length;
        Assert.True(rows > 1000, $"{rows} classes");
        // bUnit has no viewport: Virtualize renders its first window (overscan included), never the whole table.
        cut.WaitForAssertion(() => Assert.InRange(cut.FindAll("tr.reflection-row").Count, 1, 200), TimeSpan.FromMinutes(1));
    }
}

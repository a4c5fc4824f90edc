using Bunit;
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
        var state = ctx.Services.GetRequiredService<PlannerState>();
        var cut = ctx.Render<ReflectionsSection>();
        state.LoadBuiltin(crystal);

        cut.WaitForAssertion(() => Assert.Contains("chosen by default as the strongest", cut.Find("#selection-note").TextContent));
        Assert.NotNull(state.SelectedHkl);
        Assert.True(state.SelectionIsDefault);
        // up = Q of the selected reflection: it is in Bragg condition with every motor inside the limits.
        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll("td.reach-cell"), c => c.TextContent.Trim() == "yes"));
    }

    [Fact]
    public async Task A_typed_absent_reflection_says_why_and_keeps_the_selection()
    {
        await using var ctx = MudContext.Create();
        var state = ctx.Services.GetRequiredService<PlannerState>();
        var cut = ctx.Render<ReflectionsSection>();
        state.LoadBuiltin("Si");
        cut.WaitForAssertion(() => Assert.NotNull(state.SelectedHkl));
        var before = state.SelectedHkl;

        cut.Find("#goto-hkl").Input("2 0 0"); // F d -3 m: 200 absent (d-glide)
        cut.Find("#goto-button").Click();
        cut.WaitForAssertion(() => Assert.Contains("absent", cut.Find("#goto-message").TextContent));
        Assert.Equal(before, state.SelectedHkl);
    }
}

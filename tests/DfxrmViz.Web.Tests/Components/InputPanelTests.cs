using Bunit;
using DfxrmViz.Core.Planning;
using DfxrmViz.Web.Components.Planner;

namespace DfxrmViz.Web.Tests.Components;

public class InputPanelTests
{
    [Fact]
    public async Task Typing_a_wavelength_updates_the_energy_field()
    {
        await using var ctx = MudContext.Create();
        var session = await ctx.OpenAsync(Plan.Example);
        var cut = ctx.Render<InputPanel>();
        cut.Find("#wavelength-a").Change("1.5405591257");
        Assert.Equal(8.048, session.Plan.EnergyKeV, 1e-9);
        cut.WaitForAssertion(() => Assert.Equal("8.048", cut.Find("#energy-kev").GetAttribute("value")));
    }

    [Fact]
    public async Task Zero_energy_shows_a_message_by_the_field_and_keeps_17_keV()
    {
        await using var ctx = MudContext.Create();
        var session = await ctx.OpenAsync(Plan.Example);
        var cut = ctx.Render<InputPanel>();
        cut.Find("#energy-kev").Change("0");
        cut.WaitForAssertion(() => Assert.Contains("must be a positive number of keV", cut.Markup));
        Assert.Equal(17.0, session.Plan.EnergyKeV);
    }
}

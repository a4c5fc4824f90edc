using Bunit;
using DfxrmViz.Core.Planning;
using DfxrmViz.Web.Components.Absorption;
using DfxrmViz.Web.Components.Planner;
using DfxrmViz.Web.Components.Preflight;
using DfxrmViz.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace DfxrmViz.Web.Tests.Components;

public class PlanRenderPumpTests
{
    private static readonly RenderFragment Page = b =>
    {
        b.OpenComponent<PlanRenderPump>(0);
        b.CloseComponent();
        b.OpenComponent<KeyNumbers>(1); // renders in the first batch
        b.CloseComponent();
        b.OpenComponent<AbsorptionNumbers>(2); // renders in the first batch too
        b.CloseComponent();
        b.OpenComponent<PreflightPanel>(3); // renders in the later batch
        b.CloseComponent();
    };

    [Fact]
    public async Task Components_that_joined_the_pump_show_each_change_rendered_once_per_change_of_their_slice()
    {
        await using var ctx = MudContext.Create();
        var session = await ctx.OpenAsync(Plan.Example);
        var cut = ctx.Render(Page);
        Assert.NotNull(ctx.Services.GetRequiredService<PlanRenderRegistry>().Pump);
        var preflight = cut.FindComponent<PreflightPanel>();
        var numbers = cut.FindComponent<AbsorptionNumbers>();
        var (before, numbersBefore) = (preflight.RenderCount, numbers.RenderCount);
        var length = cut.Find("#absorption-length").TextContent;

        session.Edit(p => p with { SampleUm = new SampleSizeUm(5000, 5000, 5000) });
        await session.Settled;

        cut.WaitForAssertion(() => Assert.Equal("problem", cut.Find("#preflight-absorption").GetAttribute("data-status")));
        cut.WaitForAssertion(() => Assert.Contains("5000", cut.Find("#absorption-numbers").TextContent, StringComparison.Ordinal));
        Assert.Equal(length, cut.Find("#absorption-length").TextContent); // the same energy: the same attenuation length
        // The thickness changes the absorption slice once (the cheap phase); later phases leave it equal: one render.
        Assert.Equal(numbersBefore + 1, numbers.RenderCount);
        // Pre-flight's slice changes with the cheap phase and again with the full one: at most one render for each, never
        // one from the pump and another from a subscription of its own.
        Assert.InRange(preflight.RenderCount - before, 1, 2);
    }

    [Fact]
    public async Task A_component_leaves_the_pump_when_it_is_disposed()
    {
        await using var ctx = MudContext.Create();
        var session = await ctx.OpenAsync(Plan.Example);
        var cut = ctx.Render<Host>(p => p.Add(h => h.Show, true));
        Assert.Single(cut.FindAll("#absorption-numbers"));
        var pump = ctx.Services.GetRequiredService<PlanRenderRegistry>().Pump!;
        Assert.Equal(1, pump.MemberCount);
        cut.Render(p => p.Add(h => h.Show, false));
        Assert.Equal(0, pump.MemberCount);
        Assert.Empty(cut.FindAll("#absorption-numbers"));

        session.Edit(p => p with { EnergyKeV = 18 }); // no render of the disposed component (it would throw in bUnit's renderer)
        await session.Settled;
        Assert.Equal(18, session.Results.Absorption.Value!.EnergyKeV);
    }

    /// <summary>The pump and, while <see cref="Show"/>, one plan component.</summary>
    private sealed class Host : ComponentBase
    {
        [Parameter] public bool Show { get; set; }

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            builder.OpenComponent<PlanRenderPump>(0);
            builder.CloseComponent();
            if (Show)
            {
                builder.OpenComponent<AbsorptionNumbers>(1);
                builder.CloseComponent();
            }
        }
    }
}

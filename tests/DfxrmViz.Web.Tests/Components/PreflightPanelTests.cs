using Bunit;
using DfxrmViz.Core.Planning;
using DfxrmViz.Web.Components.Preflight;

namespace DfxrmViz.Web.Tests.Components;

public class PreflightPanelTests
{
    [Fact]
    public async Task Three_lines_with_their_status_and_a_click_applies_the_suggestion_to_the_plan()
    {
        await using var ctx = MudContext.Create();
        var session = await ctx.OpenAsync(Plan.Example with { SampleUm = new SampleSizeUm(5000, 5000, 5000) });
        var cut = ctx.Render<PreflightPanel>();
        cut.WaitForAssertion(() => Assert.Equal("problem", cut.Find("#preflight-absorption").GetAttribute("data-status")));
        Assert.Equal("problem", cut.Find("#preflight-reachability").GetAttribute("data-status")); // the README mount needs χ = 57° (limits ±10°)
        Assert.Equal("unchecked", cut.Find("#preflight-mount").GetAttribute("data-status"));
        Assert.Contains("Absorption problem", cut.Find("#preflight-announcement").TextContent, StringComparison.Ordinal);
        Assert.Equal("polite", cut.Find("#preflight-announcement").GetAttribute("aria-live"));
        var apply = cut.Find("#preflight-absorption-apply");
        Assert.Contains("Thin to 800 µm", apply.TextContent, StringComparison.Ordinal);
        apply.Click();
        Assert.Equal(800, session.Plan.SampleUm.Thickness);
        cut.WaitForAssertion(() => Assert.Equal("ok", cut.Find("#preflight-absorption").GetAttribute("data-status")));
        Assert.Empty(cut.FindAll("#preflight-absorption-apply"));
    }
}

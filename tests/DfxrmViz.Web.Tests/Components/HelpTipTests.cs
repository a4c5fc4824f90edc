using Bunit;
using DfxrmViz.Web.Components.Help;
using DfxrmViz.Web.Components.Reflections;
using MudBlazor;

namespace DfxrmViz.Web.Tests.Components;

/// <summary>Issue "Performance and scale": a help tooltip is its own markup (role="tooltip", linked by aria-describedby), not a
/// MudTooltip with a popover; the page holds over a hundred of them and they re-render with their parents.</summary>
public class HelpTipTests
{
    [Fact]
    public async Task A_title_has_a_tab_stop_described_by_its_help_text_and_no_mud_tooltip()
    {
        await using var ctx = MudContext.Create();
        var cut = ctx.Render<HelpTip>(p => p.Add(x => x.Key, "reflections.reach").AddChildContent("Reachable with this mount"));

        var title = cut.Find(".help-tip-title[data-help-key='reflections.reach']");
        Assert.Equal("0", title.GetAttribute("tabindex"));
        Assert.Equal("Reachable with this mount", title.TextContent);
        var text = cut.Find("[role=tooltip]");
        Assert.Equal(HelpTexts.For("reflections.reach"), text.TextContent);
        Assert.Equal(text.Id, title.GetAttribute("aria-describedby"));
        Assert.Empty(cut.FindComponents<MudTooltip>());
        Assert.Empty(cut.FindAll(".mud-tooltip-root, .mud-popover"));
    }

    [Fact]
    public async Task A_field_wraps_its_input_beside_its_own_text_and_each_text_has_an_id_of_its_own()
    {
        await using var ctx = MudContext.Create();
        IRenderedComponent<HelpTip> Field() => ctx.Render<HelpTip>(p => p.Add(x => x.Key, "energy-kev").Add(x => x.Field, true)
            .AddChildContent("<input id=\"energy-kev\" />"));
        var first = Field();
        var second = Field();

        Assert.NotNull(first.Find(".help-tip-field > [data-help-key='energy-kev'] > input#energy-kev"));
        var text = first.Find(".help-tip-field > [role=tooltip]");
        Assert.Equal(HelpTexts.For("energy-kev"), text.TextContent);
        Assert.False(string.IsNullOrEmpty(text.Id));
        Assert.NotEqual(text.Id, second.Find("[role=tooltip]").Id);
        Assert.Empty(first.FindComponents<MudTooltip>());
    }

    [Fact]
    public async Task The_reflection_table_titles_render_no_mud_tooltip_or_popover()
    {
        await using var ctx = MudContext.Create();
        await ctx.OpenAsync(MudContext.Builtin("Si"));
        var cut = ctx.Render<ReflectionsSection>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("#reflections-grid tr.reflection-row")));

        Assert.Empty(cut.FindComponents<MudTooltip>());
        var headers = cut.FindAll("#reflections-grid th");
        Assert.Equal(7, headers.Count); // hkl, d, 2θ, |F|², % of strongest, multiplicity and the reach
        foreach (var header in headers)
        {
            var key = header.QuerySelector("[data-help-key]")!.GetAttribute("data-help-key")!;
            Assert.Equal(HelpTexts.For(key), header.QuerySelector("[role=tooltip]")?.TextContent);
        }
    }
}

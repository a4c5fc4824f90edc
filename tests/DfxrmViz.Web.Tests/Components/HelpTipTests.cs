using System.Net;
using Bunit;
using DfxrmViz.Web.Components.Help;
using DfxrmViz.Web.Components.Reflections;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DfxrmViz.Web.Tests.Components;

/// <summary>Issue "Performance and scale": a help tooltip is its own markup (role="tooltip"), not a MudTooltip with a popover,
/// and a render fragment, not a component: the page holds over a hundred of them and they re-render with their parents. The
/// text's id and the aria-describedby naming it are given in the browser (wwwroot/js/help-tip.js, tests/DfxrmViz.E2E).</summary>
public class HelpTipTests
{
    private static string Text(string key) =>
        $"""<span class="help-tip-text" role="tooltip"><span class="help-tip-bubble">{WebUtility.HtmlEncode(HelpTexts.For(key))}</span></span>""";

    [Fact]
    public async Task A_title_is_a_tab_stop_beside_its_help_text_with_no_component_and_no_mud_tooltip()
    {
        await using var ctx = MudContext.Create();
        var cut = ctx.Render(HelpTip.Title("reflections.reach", "Reachable with this mount"));

        cut.MarkupMatches($"""
            <span class="help-tip"><span class="help-tip-title" tabindex="0" data-help-key="reflections.reach">Reachable with this mount</span>{Text("reflections.reach")}</span>
            """);
        Assert.Equal(HelpTexts.For("reflections.reach"), cut.Find(".help-tip > [role=tooltip]").TextContent);
        Assert.Empty(cut.FindComponents<IComponent>());
        Assert.Empty(cut.FindAll(".mud-tooltip-root, .mud-popover"));
    }

    [Fact]
    public async Task A_title_holds_markup_content()
    {
        await using var ctx = MudContext.Create();
        var cut = ctx.Render(HelpTip.Title("atoms.u", b => b.AddMarkupContent(0, "U<sub>iso</sub> (Å²)")));

        cut.MarkupMatches($"""
            <span class="help-tip"><span class="help-tip-title" tabindex="0" data-help-key="atoms.u">U<sub>iso</sub> (Å²)</span>{Text("atoms.u")}</span>
            """);
    }

    [Fact]
    public async Task A_field_wraps_its_input_beside_its_own_text_with_no_component()
    {
        await using var ctx = MudContext.Create();
        var cut = ctx.Render(HelpTip.Field("energy-kev", b => b.AddMarkupContent(0, "<input id=\"energy-kev\" />")));

        cut.MarkupMatches($"""
            <div class="help-tip help-tip-field"><div data-help-key="energy-kev"><input id="energy-kev" /></div>{Text("energy-kev")}</div>
            """);
        Assert.NotNull(cut.Find(".help-tip-field > [data-help-key='energy-kev'] > input#energy-kev"));
        Assert.Empty(cut.FindComponents<IComponent>());
    }

    [Fact]
    public async Task An_unknown_key_is_refused_by_name()
    {
        await using var ctx = MudContext.Create();
        var e = Assert.Throws<KeyNotFoundException>(() => ctx.Render(HelpTip.Title("no.such-key", "x")));
        Assert.Contains("'no.such-key'", e.Message, StringComparison.Ordinal);
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

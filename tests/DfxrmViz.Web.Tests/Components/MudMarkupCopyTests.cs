using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace DfxrmViz.Web.Tests.Components;

/// <summary>The page writes MudText, MudGrid, MudItem, MudSpacer, MudDivider, MudPaper, MudStack and MudIcon as the plain
/// elements they render (a component per element cost server memory on every circuit). These are the variants the page
/// copies: if a MudBlazor update changes its markup, this fails and the copies in Components/ must follow.</summary>
public class MudMarkupCopyTests
{
    private static readonly RenderFragment X = b => b.AddContent(0, "X");

    [Theory]
    [InlineData(Typo.body1, "<p class=\"mud-typography mud-typography-body1\">X</p>")]
    [InlineData(Typo.body2, "<p class=\"mud-typography mud-typography-body2\">X</p>")]
    [InlineData(Typo.subtitle1, "<p class=\"mud-typography mud-typography-subtitle1\">X</p>")]
    [InlineData(Typo.subtitle2, "<p class=\"mud-typography mud-typography-subtitle2\">X</p>")]
    [InlineData(Typo.caption, "<span class=\"mud-typography mud-typography-caption\">X</span>")]
    [InlineData(Typo.h4, "<h4 class=\"mud-typography mud-typography-h4\">X</h4>")]
    [InlineData(Typo.h5, "<h5 class=\"mud-typography mud-typography-h5\">X</h5>")]
    [InlineData(Typo.h6, "<h6 class=\"mud-typography mud-typography-h6\">X</h6>")]
    public async Task MudText_renders_the_element_and_classes_of_its_typo(Typo typo, string expected)
    {
        await using var ctx = MudContext.Create();
        ctx.Render<MudText>(p => p.Add(t => t.Typo, typo).Add(t => t.ChildContent, X)).MarkupMatches(expected);
    }

    [Fact]
    public async Task MudText_puts_the_colour_before_the_class_and_keeps_the_id()
    {
        await using var ctx = MudContext.Create();
        ctx.Render<MudText>(p => p.Add(t => t.Typo, Typo.caption).Add(t => t.Color, Color.Error).Add(t => t.Class, "d-block mb-2")
                .AddUnmatched("id", "absorption-energy-problem").Add(t => t.ChildContent, X))
            .MarkupMatches("<span id=\"absorption-energy-problem\" class=\"mud-typography mud-typography-caption mud-error-text d-block mb-2\">X</span>");
        ctx.Render<MudText>(p => p.Add(t => t.Typo, Typo.caption).Add(t => t.Color, Color.Default).Add(t => t.Class, "d-block").Add(t => t.ChildContent, X))
            .MarkupMatches("<span class=\"mud-typography mud-typography-caption d-block\">X</span>");
    }

    [Fact]
    public async Task MudGrid_and_MudItem_render_divs_with_spacing_and_breakpoint_classes()
    {
        await using var ctx = MudContext.Create();
        ctx.Render<MudGrid>(p => p.Add(g => g.Spacing, 2).Add(g => g.Class, "mt-2").Add(g => g.ChildContent, b =>
            {
                b.OpenComponent<MudItem>(0);
                b.AddComponentParameter(1, nameof(MudItem.xs), 12);
                b.AddComponentParameter(2, nameof(MudItem.sm), 6);
                b.AddComponentParameter(3, nameof(MudItem.md), 4);
                b.AddComponentParameter(4, nameof(MudItem.lg), 7);
                b.CloseComponent();
            }))
            .MarkupMatches("<div class=\"mud-grid mud-grid-spacing-xs-2 justify-start mt-2\">"
                + "<div class=\"mud-grid-item mud-grid-item-xs-12 mud-grid-item-sm-6 mud-grid-item-md-4 mud-grid-item-lg-7\"></div></div>");
    }

    [Fact]
    public async Task MudSpacer_MudDivider_MudPaper_and_MudStack_render_as_copied()
    {
        await using var ctx = MudContext.Create();
        ctx.Render<MudSpacer>().MarkupMatches("<div aria-hidden=\"true\" class=\"flex-grow-1\"></div>");
        ctx.Render<MudDivider>(p => p.Add(d => d.Class, "my-4")).MarkupMatches("<hr class=\"mud-divider mud-divider-fullwidth my-4\" />");
        // MudPaper also writes an empty style attribute, which the copies leave out.
        ctx.Render<MudPaper>(p => p.Add(d => d.Elevation, 1).Add(d => d.Class, "pa-4"))
            .MarkupMatches("<div class=\"mud-paper mud-elevation-1 pa-4\" style=\"\"></div>");
        ctx.Render<MudPaper>(p => p.Add(d => d.Outlined, true).Add(d => d.Class, "pa-3 mt-4").AddUnmatched("id", "mount-check"))
            .MarkupMatches("<div id=\"mount-check\" class=\"mud-paper mud-paper-outlined pa-3 mt-4\" style=\"\"></div>");
        ctx.Render<MudStack>(p => p.Add(s => s.Row, true).Add(s => s.AlignItems, AlignItems.Center).Add(s => s.Wrap, Wrap.Wrap)
                .Add(s => s.Spacing, 2).Add(s => s.Class, "mb-2"))
            .MarkupMatches("<div role=\"group\" class=\"d-flex flex-row align-center flex-wrap gap-2 mb-2\"></div>");
    }

    [Fact]
    public async Task MudIcon_renders_an_svg_around_the_icon_markup()
    {
        await using var ctx = MudContext.Create();
        const string Svg = "focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\"";
        ctx.Render<MudIcon>(p => p.Add(i => i.Icon, Icons.Material.Filled.Diamond).Add(i => i.Color, Color.Primary).Add(i => i.Class, "mr-2"))
            .MarkupMatches($"<svg class=\"mud-icon-root mud-svg-icon mud-primary-text mud-icon-size-medium mr-2\" {Svg}>{Icons.Material.Filled.Diamond}</svg>");
        ctx.Render<MudIcon>(p => p.Add(i => i.Icon, Icons.Material.Filled.Groups).Add(i => i.Size, Size.Small).Add(i => i.Class, "mr-1")
                .Add(i => i.Style, "vertical-align: middle"))
            .MarkupMatches($"<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-small mr-1\" style=\"vertical-align: middle\" {Svg}>{Icons.Material.Filled.Groups}</svg>");
    }
}

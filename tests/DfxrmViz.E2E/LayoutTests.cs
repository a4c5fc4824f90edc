using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace DfxrmViz.E2E;

/// <summary>The planner's split layout (issue 16): inputs, the 3D view with the key numbers and the detail sections. At
/// 1280 × 720 the inputs, the view and the key numbers are on the first screen; a phone stacks them; no width from 390 to
/// 2560 px scrolls sideways; the detail sections open and close and the section bar brings one into view.</summary>
public class LayoutTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Box = "s => { const r = document.querySelector(s).getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; }";

    [Fact]
    public async Task Nothing_scrolls_sideways_from_390_to_2560_px()
    {
        await using var s = await OpenReadyAsync(1280, 720);
        var wide = new List<string>();
        foreach (var width in new[] { 390, 480, 600, 768, 959, 960, 1024, 1190, 1280, 1440, 1599, 1600, 1920, 2560 })
        {
            await s.Page.SetViewportSizeAsync(width, 900);
            await s.Page.WaitForTimeoutAsync(150);
            var (scroll, client) = await WidthsAsync(s.Page);
            if (scroll > client)
            {
                wide.Add($"{width} px: scrollWidth {scroll} > clientWidth {client} (widest: {await WidestAsync(s.Page, client)})");
            }
        }
        Assert.True(wide.Count == 0, "The page scrolls sideways:\n" + string.Join("\n", wide));
        s.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task At_1280x720_inputs_view_and_key_numbers_are_on_the_first_screen()
    {
        await using var s = await OpenReadyAsync(1280, 720);
        foreach (var id in new[] { "#crystal-picker", "#energy-kev", "#sample-height", "#viewer-canvas", "#key-two-theta", "#key-angles", "#key-transmission" })
        {
            var b = await s.Page.EvaluateAsync<double[]>(Box, id);
            Assert.True(b[0] >= 0 && b[1] >= 0 && b[2] <= 1280 && b[3] <= 720, $"{id} at [{string.Join(", ", b)}] is not inside the 1280 × 720 screen");
        }
        var canvas = await s.Page.EvaluateAsync<double[]>(Box, "#viewer-canvas");
        Assert.True(canvas[2] - canvas[0] >= 600 && canvas[3] - canvas[1] >= 400, $"view only {canvas[2] - canvas[0]} × {canvas[3] - canvas[1]} px");
        Assert.Equal(0, await s.Page.EvaluateAsync<double>("() => window.scrollY"));

        // The strip shows the Geometry section's 2θ (5 decimals there, 4 here) and the transmission along the beam path.
        var section = await s.Page.Locator("#geometry-two-theta").InnerTextAsync();
        var twoTheta = double.Parse(section[..section.IndexOf('°', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
        await Assertions.Expect(s.Page.Locator("#key-two-theta")).ToContainTextAsync(twoTheta.ToString("0.0000", CultureInfo.InvariantCulture) + "°");
        await Assertions.Expect(s.Page.Locator("#key-transmission")).ToContainTextAsync("%");
        await s.ScreenshotAsync("layout-1280x720");
        s.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task A_phone_stacks_view_and_verdicts_then_inputs_then_sections()
    {
        await using var s = await OpenReadyAsync(390, 844);
        var inputs = await s.Page.EvaluateAsync<double[]>(Box, ".planner-inputs");
        var stage = await s.Page.EvaluateAsync<double[]>(Box, ".planner-stage");
        var sections = await s.Page.EvaluateAsync<double[]>(Box, ".planner-sections");
        Assert.True(stage[3] <= inputs[1] && inputs[3] <= sections[1], $"not stacked: view {stage[1]}–{stage[3]}, inputs {inputs[1]}–{inputs[3]}, sections {sections[1]}");
        // A phone opens on the key numbers and the 3D view; the verdicts follow inside the view's block, before any input.
        var twoTheta = await s.Page.EvaluateAsync<double[]>(Box, "#key-two-theta");
        Assert.True(twoTheta[1] >= 0 && twoTheta[3] <= 844, $"#key-two-theta at {twoTheta[1]}–{twoTheta[3]} is not on the first screen");
        var verdicts = await s.Page.EvaluateAsync<double[]>(Box, "#preflight-slot");
        Assert.True(verdicts[1] < inputs[1], $"verdicts at {verdicts[1]} come after the inputs at {inputs[1]}");
        Assert.True(stage[2] - stage[0] <= 390 && stage[3] - stage[1] >= 300, $"view {stage[2] - stage[0]} × {stage[3] - stage[1]} px");
        var (scroll, client) = await WidthsAsync(s.Page);
        Assert.True(scroll <= client, $"scrollWidth {scroll} > clientWidth {client}");
        await s.Page.Locator("#viewer-canvas").ScrollIntoViewIfNeededAsync();
        await s.ScreenshotAsync("layout-390x844");
        s.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task A_section_closes_and_the_section_bar_opens_it_in_view()
    {
        await using var s = await OpenReadyAsync(1280, 720);
        await s.Page.Locator("#lens-header").ClickAsync();
        await Assertions.Expect(s.Page.Locator("#lens-body")).ToBeHiddenAsync();
        await Assertions.Expect(s.Page.Locator("#lens-header")).ToHaveAttributeAsync("aria-expanded", "false");
        await s.Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await s.Page.Locator("#goto-section-lens").ClickAsync();
        await Assertions.Expect(s.Page.Locator("#lens-body")).ToBeVisibleAsync();
        await Assertions.Expect(s.Page.Locator("#lens-title")).ToBeInViewportAsync();
        Assert.True(await s.Page.EvaluateAsync<double>("() => document.querySelector('#lens-title').getBoundingClientRect().top") >= 64, "title under the app bar");
        s.AssertCleanConsoleAndNetwork();
    }

    // The example plan with every stage computed and the view drawn: the widest the page gets.
    private async Task<PageSession> OpenReadyAsync(int width, int height)
    {
        var s = await PageSession.OpenAsync(fixture, width, height);
        await s.GotoInteractiveAsync(fixture);
        await Assertions.Expect(s.Page.Locator("#geometry-two-theta")).ToContainTextAsync("°");
        await s.Page.Locator("#reflections-grid tr.reflection-row").First.WaitForAsync();
        await s.Page.WaitForFunctionAsync("() => window.dfxViewer && window.dfxViewer.renderedAt() > 0");
        return s;
    }

    private static async Task<(double Scroll, double Client)> WidthsAsync(IPage page)
    {
        var w = await page.EvaluateAsync<JsonElement>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        return (w[0].GetDouble(), w[1].GetDouble());
    }

    // Names the element that reaches furthest right, so a failure says what to fix.
    private static Task<string> WidestAsync(IPage page, double client) => page.EvaluateAsync<string>("""
        c => { let best = null, right = 0;
          for (const e of document.querySelectorAll('body *')) { const r = e.getBoundingClientRect().right; if (r > right) { right = r; best = e; } }
          return best ? `${best.tagName.toLowerCase()}#${best.id}.${[...best.classList].join('.')} right ${Math.round(right)} > ${c}` : 'none'; }
        """, client);
}

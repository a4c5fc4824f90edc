using System.Text.Json;
using DfxrmViz.Web.Components.Help;
using Microsoft.Playwright;

namespace DfxrmViz.E2E;

/// <summary>Issue 14 "Help": every input, every table column and every row of a table of numbers on the example page carries a
/// tooltip from <see cref="HelpTexts"/>, and the keyboard reaches it (a tooltip on focus, not only on hover).</summary>
public class HelpTooltipTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    // What has no help key: each input (MudBlazor's own inputs too), header cell and numbers-table row label, named.
    private const string Missing = """
        () => {
          const name = e => `${e.tagName.toLowerCase()}#${e.id || ''} "${(e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 40)}"`;
          const keyOf = e => { const k = e.closest('[data-help-key]') || e.querySelector('[data-help-key]'); return k ? k.getAttribute('data-help-key') : null; };
          const targets = [...document.querySelectorAll('.mud-main-content input, .mud-main-content select, .mud-main-content textarea, .mud-main-content th, .mud-main-content table.numbers tr > td:first-child')]
            .filter(e => e.type !== 'hidden' && !e.closest('.mud-popover'));
          return { count: targets.length, keys: [...new Set(targets.map(keyOf).filter(k => k))], missing: targets.filter(e => !keyOf(e)).map(name) };
        }
        """;

    [Fact]
    public async Task Every_input_column_and_numbers_row_of_the_example_page_has_a_help_text()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture);
        await Assertions.Expect(s.Page.Locator("#lens-d1")).ToContainTextAsync("mm", new() { Timeout = 60_000 });
        await s.Page.Locator("#reflections-grid tr.reflection-row").First.WaitForAsync();
        await Assertions.Expect(s.Page.Locator("#geometry-solutions-row-0")).ToBeAttachedAsync();
        var found = await s.Page.EvaluateAsync<JsonElement>(Missing);
        var count = found.GetProperty("count").GetInt32();
        var missing = found.GetProperty("missing").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of {count} without a help text:\n" + string.Join("\n", missing));
        Assert.True(count >= 60, $"only {count} inputs, columns and rows found: the page did not render its sections");
        foreach (var key in found.GetProperty("keys").EnumerateArray().Select(e => e.GetString()!))
        {
            Assert.False(string.IsNullOrWhiteSpace(HelpTexts.For(key)), key);
        }
        s.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task Keyboard_focus_shows_the_tooltip_of_an_input_and_of_a_column()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture);
        await s.Page.Locator("#energy-kev").FocusAsync();
        var energyTip = await DescriptionOfAsync(s.Page, "#energy-kev");
        await Assertions.Expect(energyTip).ToBeVisibleAsync();
        await Assertions.Expect(energyTip).ToHaveTextAsync(HelpTexts.For("energy-kev"));
        await s.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDir, "help-tooltip-energy.png") });

        // Tab from the header before it onto the 2θ column's sort button, as a keyboard user would.
        await s.Page.Locator("#sort-d").FocusAsync();
        await s.Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(s.Page.Locator("#sort-two-theta")).ToBeFocusedAsync();
        await Assertions.Expect(energyTip).ToBeHiddenAsync();
        var tip = await DescriptionOfAsync(s.Page, "#sort-two-theta");
        await Assertions.Expect(tip).ToBeVisibleAsync();
        await Assertions.Expect(tip).ToContainTextAsync("Bragg's law θ = asin(λ/2d)");
        await Assertions.Expect(tip).ToContainTextAsync("CODATA 2018");
        await s.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDir, "help-tooltip-two-theta.png") });

        // Enter sorts by the focused column, and aria-sort says so: 2θ ascending is the default, Enter turns it.
        var twoThetaHeader = s.Page.Locator("#reflections-grid th:has(#sort-two-theta)");
        await Assertions.Expect(twoThetaHeader).ToHaveAttributeAsync("aria-sort", "ascending");
        await s.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(twoThetaHeader).ToHaveAttributeAsync("aria-sort", "descending");
        // The table re-rendered: the text keeps the id the browser gave it (the server renders none to overwrite it).
        await Assertions.Expect(tip).ToContainTextAsync("CODATA 2018");
        await Assertions.Expect(s.Page.Locator("#sort-two-theta")).ToHaveAttributeAsync("aria-describedby", new System.Text.RegularExpressions.Regex($@"\b{await tip.GetAttributeAsync("id")}\b"));
        await Assertions.Expect(s.Page.Locator("#reflections-grid th:has(#sort-d)")).ToHaveAttributeAsync("aria-sort", "none");

        // A row is chosen by keyboard too: its hkl is a button (Enter on the first row's makes it the planned reflection).
        var first = s.Page.Locator("#reflections-grid tr.reflection-row button.row-select").First;
        var hkl = await first.InnerTextAsync();
        await first.FocusAsync();
        await s.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(first).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(s.Page.Locator("#key-two-theta")).ToContainTextAsync(hkl);
        s.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task A_tooltip_shows_on_hover_and_keyboard_focus_inside_the_window_stays_while_hovered_and_Escape_hides_it()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture);
        await s.Page.Locator("#reflections-grid tr.reflection-row").First.WaitForAsync();

        // The energy field reached by the keyboard (Tab back onto it): its text shows, Escape hides it until the focus leaves.
        await s.Page.Locator("#energy-kev").FocusAsync();
        await s.Page.Keyboard.PressAsync("Tab");
        await s.Page.Keyboard.PressAsync("Shift+Tab");
        await Assertions.Expect(s.Page.Locator("#energy-kev")).ToBeFocusedAsync();
        var energyTip = await DescriptionOfAsync(s.Page, "#energy-kev");
        await Assertions.Expect(energyTip).ToHaveTextAsync(HelpTexts.For("energy-kev"));
        await AssertShownInWindowAsync(s.Page, energyTip);
        await s.Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(energyTip).ToBeHiddenAsync();
        await s.Page.Keyboard.PressAsync("Tab");
        await s.Page.Keyboard.PressAsync("Shift+Tab");
        await Assertions.Expect(energyTip).ToBeVisibleAsync();
        await s.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDir, "help-tooltip-field.png") });
        await s.Page.Locator("#energy-kev").BlurAsync();
        await Assertions.Expect(energyTip).ToBeHiddenAsync();

        // The 2θ column's title under the pointer, in the table's scrolling box: above the title, whole, in the window.
        var title = s.Page.Locator("#sort-two-theta");
        await title.ScrollIntoViewIfNeededAsync();
        await title.HoverAsync();
        var tip = s.Page.Locator(".help-tip:has(> [data-help-key] #sort-two-theta) > [role=tooltip]");
        await Assertions.Expect(tip).ToContainTextAsync("Bragg's law θ = asin(λ/2d)");
        var box = await AssertShownInWindowAsync(s.Page, tip);
        Assert.True(box.Y + box.Height <= (await title.BoundingBoxAsync())!.Y + 1, "the tooltip is above the title");
        await s.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDir, "help-tooltip-column.png") });

        // Hoverable: the pointer moves from the title onto the text, across the gap, and the text stays.
        await s.Page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height - 2, new() { Steps = 4 });
        await s.Page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height / 2, new() { Steps = 4 });
        await Assertions.Expect(tip).ToBeVisibleAsync();
        await s.Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(tip).ToBeHiddenAsync();
        await s.Page.Mouse.MoveAsync(1, 700);
        await title.HoverAsync();
        await Assertions.Expect(tip).ToBeVisibleAsync();

        // The last column's title, near the right edge of the page: its text stays whole in the window.
        var reach = s.Page.Locator("#reflections-grid th .help-tip-title[data-help-key='reflections.reach']");
        await reach.HoverAsync();
        var reachTip = s.Page.Locator(".help-tip:has(> .help-tip-title[data-help-key='reflections.reach']) > [role=tooltip]");
        await Assertions.Expect(reachTip).ToHaveTextAsync(HelpTexts.For("reflections.reach"));
        await AssertShownInWindowAsync(s.Page, reachTip);
        // A title's tab stop names its text too once focused (help-tip.js gives the text its id then).
        await reach.FocusAsync();
        var described = await DescriptionOfAsync(s.Page, "#reflections-grid th .help-tip-title[data-help-key='reflections.reach']");
        Assert.Equal(await reachTip.GetAttributeAsync("id"), await described.GetAttributeAsync("id"));

        // The f0 table's field ends 32 px from the window's right edge: its text is moved left to stay whole as well.
        var f0 = s.Page.Locator("[data-help-key='f0-table']");
        await f0.ScrollIntoViewIfNeededAsync();
        await f0.HoverAsync(new() { Position = new() { X = 20, Y = 10 } });
        var f0Tip = s.Page.Locator(".help-tip:has(> [data-help-key='f0-table']) > [role=tooltip]");
        await Assertions.Expect(f0Tip).ToHaveTextAsync(HelpTexts.For("f0-table"));
        var f0Box = await AssertShownInWindowAsync(s.Page, f0Tip);
        Assert.True(f0Box.X + f0Box.Width > (await f0.BoundingBoxAsync())!.X, "the text is over its field");
        await s.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDir, "help-tooltip-right-edge.png") });
        s.AssertCleanConsoleAndNetwork();
    }

    // The help text a field or title names in aria-describedby (help-tip.js adds it, and the text's id, when it takes the focus).
    private static async Task<ILocator> DescriptionOfAsync(IPage page, string selector)
    {
        var target = page.Locator(selector);
        await Assertions.Expect(target).ToHaveAttributeAsync("aria-describedby", new System.Text.RegularExpressions.Regex(@"\bhelp-tip-\d+\b"));
        var ids = (await target.GetAttributeAsync("aria-describedby"))!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tip = page.Locator($"#{ids.Last(id => id.StartsWith("help-tip-", StringComparison.Ordinal))}");
        await Assertions.Expect(tip).ToHaveAttributeAsync("role", "tooltip");
        return tip;
    }

    // Visible, and its dark box wholly inside the window (not cut by the table's scrolling box or the page's edge).
    private static async Task<LocatorBoundingBoxResult> AssertShownInWindowAsync(IPage page, ILocator tip)
    {
        await Assertions.Expect(tip).ToBeVisibleAsync();
        var box = (await tip.Locator(".help-tip-bubble").BoundingBoxAsync())!;
        var window = page.ViewportSize!;
        Assert.True(box.X >= 0 && box.Y >= 0 && box.X + box.Width <= window.Width && box.Y + box.Height <= window.Height,
            $"tooltip at ({box.X}, {box.Y}) {box.Width}×{box.Height} leaves the {window.Width}×{window.Height} window");
        var topmost = await tip.EvaluateAsync<bool>("""
            t => { const r = t.querySelector('.help-tip-bubble').getBoundingClientRect(), y = r.top + r.height / 2;
                   const was = t.style.pointerEvents;
                   t.style.pointerEvents = 'auto'; // shown by the focus it lets the pointer through, and hit testing with it
                   try { return [r.left + 3, r.left + r.width / 2, r.right - 3].every(x => t.contains(document.elementFromPoint(x, y))); }
                   finally { t.style.pointerEvents = was; } }
            """);
        Assert.True(topmost, "something is drawn over the tooltip");
        return box;
    }
}

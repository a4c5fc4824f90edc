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
        var tip = s.Page.Locator(".mud-tooltip.mud-popover-open");
        await Assertions.Expect(tip).ToContainTextAsync(HelpTexts.For("energy-kev"));
        await s.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDir, "help-tooltip-energy.png") });

        // Tab from the header before it onto the 2θ column's sort button, as a keyboard user would.
        await s.Page.Locator("#sort-d").FocusAsync();
        await s.Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(s.Page.Locator("#sort-two-theta")).ToBeFocusedAsync();
        await Assertions.Expect(tip).ToContainTextAsync("Bragg's law θ = asin(λ/2d)");
        await Assertions.Expect(tip).ToContainTextAsync("CODATA 2018");
        await s.Page.Locator("#reflections-grid").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDir, "help-tooltip-two-theta.png") });

        // Enter sorts by the focused column, and aria-sort says so: 2θ ascending is the default, Enter turns it.
        var twoThetaHeader = s.Page.Locator("#reflections-grid th:has(#sort-two-theta)");
        await Assertions.Expect(twoThetaHeader).ToHaveAttributeAsync("aria-sort", "ascending");
        await s.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(twoThetaHeader).ToHaveAttributeAsync("aria-sort", "descending");
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
}

using Microsoft.Playwright;

namespace DfxrmViz.E2E;

/// <summary>The page address holds the plan (docs/api.md "Plan in the page address").</summary>
public class PlanAddressTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string[] KeyNumbers = ["#geometry-two-theta", "#absorption-length", "#absorption-transmission", "#lens-d1", "#lens-magnification"];

    [Fact]
    public async Task The_first_visit_shows_the_example_plan()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture);
        // docs/physics.md §9: LiNbO3 (1,−1,2) at 17 keV: 2θ 11.161382°; L 174.581 µm; T(150 µm) 42.35 %.
        await Assertions.Expect(s.Page.Locator("#crystal-current")).ToContainTextAsync("Lithium niobate");
        await Assertions.Expect(s.Page.Locator("#geometry-two-theta")).ToContainTextAsync("11.16138°");
        await Assertions.Expect(s.Page.Locator("#absorption-transmission")).ToHaveTextAsync("42.35 %");
        await Assertions.Expect(s.Page.Locator("#lens-d1")).ToContainTextAsync("mm");
        await s.Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"\?plan="), new() { WaitUntil = WaitUntilState.Commit });
        s.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task An_energy_edit_is_in_the_address_and_a_second_browser_sees_the_same_numbers()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture);
        await Assertions.Expect(s.Page.Locator("#lens-d1")).ToContainTextAsync("mm");
        await s.Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"\?plan="), new() { WaitUntil = WaitUntilState.Commit });
        var before = s.Page.Url;
        var historyLength = await s.Page.EvaluateAsync<int>("history.length");

        await s.Page.Locator("#energy-kev").FillAsync("18.5");
        await s.Page.Locator("#energy-kev").PressAsync("Tab");
        await Assertions.Expect(s.Page.Locator("#absorption-length")).Not.ToHaveTextAsync("174.6 µm");
        await s.Page.WaitForFunctionAsync("u => location.href !== u", before);
        var address = s.Page.Url;
        Assert.Equal(historyLength, await s.Page.EvaluateAsync<int>("history.length")); // replaceState: no new history entry
        var shown = new Dictionary<string, string>();
        foreach (var id in KeyNumbers)
        {
            shown[id] = await s.Page.Locator(id).InnerTextAsync();
        }

        await using var other = await PageSession.OpenAsync(fixture);
        await other.Page.GotoAsync(address);
        await other.Page.Locator("#interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Assertions.Expect(other.Page.Locator("#energy-kev")).ToHaveValueAsync("18.5");
        foreach (var id in KeyNumbers)
        {
            await Assertions.Expect(other.Page.Locator(id)).ToHaveTextAsync(shown[id]);
        }
        await other.ScreenshotAsync("plan-address-second-browser");
        s.AssertCleanConsoleAndNetwork();
        other.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task An_address_that_does_not_decode_says_so_and_shows_the_example()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture, "/?plan=this-is-not-a-plan");
        await Assertions.Expect(s.Page.Locator("#address-problem")).ToContainTextAsync("cannot be read");
        await Assertions.Expect(s.Page.Locator("#crystal-current")).ToContainTextAsync("Lithium niobate");
        await s.ScreenshotAsync("plan-address-bad");
        s.AssertCleanConsoleAndNetwork();
    }
}

using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DfxrmViz.E2E;

/// <summary>Save, share and download (docs/api.md "Saved plans, live rooms, exports"): "Save" moves the address to /p/{id}, which
/// opens exactly that plan in another browser; an edit moves it back to ?plan=; the downloads are the export files.</summary>
public partial class SavedPlanTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string[] KeyNumbers = ["#geometry-two-theta", "#absorption-length", "#absorption-transmission", "#lens-d1", "#lens-magnification"];

    [Fact]
    public async Task A_saved_plan_reopens_with_identical_numbers_and_an_edit_moves_the_address_to_plan()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture);
        await s.Page.Locator("#energy-kev").FillAsync("18.5");
        await s.Page.Locator("#energy-kev").PressAsync("Tab");
        await Assertions.Expect(s.Page.Locator("#geometry-two-theta")).Not.ToContainTextAsync("11.16138°"); // 17 keV's 2θ is gone
        await Assertions.Expect(s.Page.Locator("#lens-d1")).ToContainTextAsync("mm");
        await Assertions.Expect(s.Page.Locator("#share-link")).ToContainTextAsync("?plan=");
        var shown = new Dictionary<string, string>();
        foreach (var id in KeyNumbers)
        {
            shown[id] = await s.Page.Locator(id).InnerTextAsync();
        }

        await s.Page.Locator("#save-plan").ClickAsync();
        await s.Page.WaitForURLAsync(SavedAddress(), new() { WaitUntil = WaitUntilState.Commit });
        var saved = s.Page.Url;
        await Assertions.Expect(s.Page.Locator("#share-link")).ToHaveAttributeAsync("href", saved);
        var id20 = SavedAddress().Match(saved).Groups[1].Value;
        await Assertions.Expect(s.Page.Locator("#download-pdf")).ToHaveAttributeAsync("href", $"/api/v1/plans/{id20}/report.pdf?view=camera");
        await ScreenshotExportAsync(s, "export-saved");

        await using var other = await PageSession.OpenAsync(fixture);
        await other.GotoInteractiveAsync(fixture, new Uri(saved).AbsolutePath);
        await Assertions.Expect(other.Page.Locator("#energy-kev")).ToHaveValueAsync("18.5");
        foreach (var id in KeyNumbers)
        {
            await Assertions.Expect(other.Page.Locator(id)).ToHaveTextAsync(shown[id]);
        }
        Assert.Equal(saved, other.Page.Url);
        var download = await other.Page.RunAndWaitForDownloadAsync(() => other.Page.Locator("#download-pdf").ClickAsync());
        Assert.EndsWith("-report.pdf", download.SuggestedFilename, StringComparison.Ordinal);

        await other.Page.Locator("#energy-kev").FillAsync("19");
        await other.Page.Locator("#energy-kev").PressAsync("Tab");
        await other.Page.WaitForURLAsync(new Regex(@"\?plan="), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(other.Page.Locator("#share-link")).ToContainTextAsync("?plan=");

        await using var third = await PageSession.OpenAsync(fixture);
        await third.GotoInteractiveAsync(fixture, new Uri(saved).AbsolutePath);
        await Assertions.Expect(third.Page.Locator("#energy-kev")).ToHaveValueAsync("18.5"); // the saved plan did not change
        s.AssertCleanConsoleAndNetwork();
        other.AssertCleanConsoleAndNetwork();
        third.AssertCleanConsoleAndNetwork();
    }

    [Fact]
    public async Task An_unknown_saved_plan_id_says_so_and_offers_the_example()
    {
        await using var s = await PageSession.OpenAsync(fixture);
        await s.GotoInteractiveAsync(fixture, "/p/AAAAAAAAAAAAAAAAAAAA");
        await Assertions.Expect(s.Page.Locator("#address-problem")).ToContainTextAsync("No saved plan has the id");
        await Assertions.Expect(s.Page.Locator("#address-problem")).ToContainTextAsync("example");
        await Assertions.Expect(s.Page.Locator("#crystal-current")).ToContainTextAsync("Lithium niobate");
        await s.ScreenshotAsync("saved-plan-unknown-id");
        s.AssertCleanConsoleAndNetwork();
    }

    private static async Task ScreenshotExportAsync(PageSession s, string name)
    {
        await s.Page.EvaluateAsync("window.scrollTo(0, 0)");
        var box = await s.Page.Locator("#export").BoundingBoxAsync() ?? throw new InvalidOperationException("no #export");
        await s.Page.ScreenshotAsync(new()
        {
            Path = Path.Combine(BrowserFixture.ArtifactsDir, name + ".png"),
            FullPage = true,
            Clip = new() { X = box.X, Y = box.Y, Width = box.Width, Height = box.Height },
        });
    }

    [GeneratedRegex(@"/p/([A-Za-z0-9_-]{20})$")]
    private static partial Regex SavedAddress();
}

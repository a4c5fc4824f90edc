using Microsoft.Playwright;

namespace DfxrmViz.E2E;

/// <summary>A page that records console errors and every request that leaves 127.0.0.1, for the assertions every test makes.</summary>
public sealed class PageSession : IAsyncDisposable
{
    private readonly List<string> _consoleErrors = [];
    private readonly List<string> _offsiteRequests = [];

    private PageSession(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                _consoleErrors.Add(m.Text);
            }
        };
        page.PageError += (_, e) => _consoleErrors.Add(e);
        page.Request += (_, r) =>
        {
            var uri = new Uri(r.Url);
            if (uri.Scheme is "http" or "https" or "ws" or "wss" && uri.Host != "127.0.0.1")
            {
                _offsiteRequests.Add(r.Url);
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public static async Task<PageSession> OpenAsync(IBrowserHost fixture, int width = 1280, int height = 720)
    {
        var context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        return new PageSession(context, page);
    }

    /// <summary>Opens <paramref name="path"/> and waits until the Blazor circuit is interactive (MainLayout sets #interactive).</summary>
    public async Task GotoInteractiveAsync(IBrowserHost fixture, string path = "/")
    {
        // A shared 2-core CI machine can be slow to serve the first page: allow a minute.
        await Page.GotoAsync(fixture.BaseUrl + path, new() { Timeout = 60_000 });
        await Page.Locator("#interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
    }

    /// <summary>Waits until the planner's three plots are drawn and settled. plotly.js 3.7 draws a plot once more when its margins
    /// grow (auto-margin, deferred); a page left in between (Share live opens the room's page) purges the plot first, and the
    /// deferred redraw then logs a TypeError (_redrawFromAutoMarginCount) that the clean-console check reports.</summary>
    public async Task WaitForPlotsSettledAsync()
    {
        await Page.WaitForFunctionAsync("""
            () => { const plots = [...document.querySelectorAll('.js-plotly-plot')];
                    return plots.length >= 3 && plots.every(gd => gd._fullLayout && !gd._fullLayout._redrawFromAutoMarginCount); }
            """, null, new() { Timeout = 60_000 });
    }

    /// <summary>Picks a built-in crystal through the search box of the left panel and waits until the summary shows it. The page
    /// opens on the example plan (LiNbO3): picking the crystal already in use changes nothing, so another one is picked first
    /// and the test starts from a fresh plan of the crystal it asks for (no reflection, mount or found angles).</summary>
    public async Task PickCrystalAsync(string search, string expectedName)
    {
        if ((await Page.Locator("#crystal-current").InnerTextAsync()).Contains(expectedName, StringComparison.Ordinal))
        {
            var (otherSearch, otherName) = expectedName == "Aluminium" ? ("Silicon", "Silicon") : ("Alumin", "Aluminium");
            await PickOnceAsync(otherSearch, otherName);
        }
        await PickOnceAsync(search, expectedName);
    }

    private async Task PickOnceAsync(string search, string expectedName)
    {
        // Under a loaded machine the option list can be replaced by the filtered one between finding an option and the click,
        // which then selects nothing (seen once in a full ./test.sh run): a second attempt after 15 s, then the plain failure.
        for (var attempt = 1; ; attempt++)
        {
            var box = Page.Locator("#crystal-picker");
            await box.ClickAsync();
            await box.FillAsync(search);
            await Page.Locator(".mud-popover-open .crystal-option").Filter(new() { HasText = expectedName }).First.ClickAsync();
            try
            {
                await Assertions.Expect(Page.Locator("#crystal-current")).ToContainTextAsync(expectedName, new() { Timeout = 15_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 2)
            {
                await Page.Keyboard.PressAsync("Escape");
            }
        }
    }

    /// <summary>Uploads a text file through a drop zone's file input (as a drop or a click would).</summary>
    public async Task UploadAsync(string dropZoneTestId, string fileName, string text)
    {
        var selector = $"input[type=file][data-testid='{dropZoneTestId}']";
        // Blazor's InputFile attaches its change listener in its first interactive render (it sets
        // _blazorInputFileNextFileId); a file set before that is lost, so wait for it.
        await Page.WaitForFunctionAsync("sel => { const e = document.querySelector(sel); return !!e && e._blazorInputFileNextFileId !== undefined; }", selector);
        var input = Page.Locator(selector);
        await input.SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes(text) });
    }

    /// <summary>Saves a full-page screenshot under the artifacts folder and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(BrowserFixture.ArtifactsDir, name + ".png");
        await Page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }

    /// <summary>Fails when the browser logged an error (but those <paramref name="expected"/> accepts) or anything was
    /// requested off 127.0.0.1.</summary>
    public void AssertCleanConsoleAndNetwork(Func<string, bool>? expected = null)
    {
        var errors = _consoleErrors.Where(e => expected is null || !expected(e)).ToList();
        Assert.True(errors.Count == 0, "Browser console errors:\n" + string.Join("\n", errors));
        Assert.True(_offsiteRequests.Count == 0, "Requests left 127.0.0.1:\n" + string.Join("\n", _offsiteRequests));
    }

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}

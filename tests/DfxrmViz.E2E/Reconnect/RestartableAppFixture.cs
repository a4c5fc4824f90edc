using Microsoft.Playwright;

namespace DfxrmViz.E2E.Reconnect;

/// <summary>A <see cref="RestartableApp"/> and one headless Debian Chromium, for tests that stop and restart the server.</summary>
public sealed class RestartableAppFixture : IAsyncLifetime, IBrowserHost
{
    private IPlaywright? _playwright;

    public RestartableApp App { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl => App.BaseUrl;

    public async Task InitializeAsync()
    {
        await App.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await BrowserFixture.LaunchChromiumAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

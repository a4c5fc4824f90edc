using Microsoft.Playwright;

namespace DfxrmViz.E2E;

/// <summary>A browser and the address of the app it tests: <see cref="BrowserFixture"/> (in-process server) or
/// <see cref="Reconnect.RestartableAppFixture"/> (an app process that a test stops and starts again).</summary>
public interface IBrowserHost
{
    IBrowser Browser { get; }

    /// <summary>The app's base address, without a trailing slash.</summary>
    string BaseUrl { get; }
}

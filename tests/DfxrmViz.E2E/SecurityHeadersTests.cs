using Microsoft.Playwright;

namespace DfxrmViz.E2E;

/// <summary>The page under its Content-Security-Policy (Hosting/SecurityHeaders.cs) in Chromium: the policy is served, no
/// securitypolicyviolation event fires and nothing is logged while the page turns interactive, the 3D view draws and
/// both absorption plots draw.</summary>
public class SecurityHeadersTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_page_the_viewer_and_the_plots_work_under_the_policy_without_a_violation()
    {
        await using var s = await PageSession.OpenAsync(fixture, 1400, 1000);
        // Registered before any page script runs, so a violation by blazor.web.js, MudBlazor or plotly.js is caught too.
        await s.Context.AddInitScriptAsync("""
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e =>
              window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
            """);
        var response = await s.Page.GotoAsync(fixture.BaseUrl + "/", new() { Timeout = 60_000 });
        var csp = await response!.HeaderValueAsync("content-security-policy");
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", await response.HeaderValueAsync("x-content-type-options"));
        await s.Page.Locator("#interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });

        await s.Page.WaitForFunctionAsync("() => window.dfxViewer && window.dfxViewer.renderedAt() > 0", null, new() { Timeout = 60_000 });
        await s.Page.Locator("#absorption-length-plot .main-svg").First.WaitForAsync(new() { Timeout = 30_000 });
        await s.Page.Locator("#absorption-transmission-plot .main-svg").First.WaitForAsync(new() { Timeout = 30_000 });
        // An edit round trip over the circuit's WebSocket (connect-src) and a redraw of plots and view.
        var before = await s.Page.EvaluateAsync<double>("() => window.dfxViewer.renderedAt()");
        await s.Page.Locator("#energy-kev").FillAsync("20");
        await s.Page.Locator("#energy-kev").PressAsync("Tab");
        await s.Page.WaitForFunctionAsync("b => window.dfxViewer.renderedAt() > b", before);
        await s.ScreenshotAsync("csp-page-20kev");

        var violations = await s.Page.EvaluateAsync<string[]>("() => window.__cspViolations");
        Assert.True(violations.Length == 0, "CSP violations:\n" + string.Join("\n", violations));
        Assert.Equal(0, await s.Page.Locator("script:not([src])").CountAsync());
        s.AssertCleanConsoleAndNetwork();
    }
}

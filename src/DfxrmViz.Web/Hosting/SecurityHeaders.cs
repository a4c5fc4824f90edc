namespace DfxrmViz.Web.Hosting;

/// <summary>Security headers on every response: a Content-Security-Policy, nosniff, a Referrer-Policy and framing refused.</summary>
public static class SecurityHeaders
{
    /// <summary>The policy. Each directive and why (verified in Chromium by tests/DfxrmViz.E2E/SecurityHeadersTests.cs: no
    /// violation reported while the page, the 3D view and the plots draw):
    /// <list type="bullet">
    /// <item><c>default-src 'self'</c>: nothing from another origin (fonts, bundle, Plotly are all served by the app).</item>
    /// <item><c>script-src 'self'</c>: blazor.web.js, MudBlazor.min.js, Plotly.Blazor's plotly.js and our modules are files of
    /// this origin; no inline script (App.razor has none and renders no import map) and no 'unsafe-eval' (Blazor Server
    /// needs none, unlike Blazor WebAssembly; plotly.js's SVG traces and three.js need none).</item>
    /// <item><c>style-src 'self' 'unsafe-inline'</c>: MudBlazor writes style="…" attributes on its components and plotly.js
    /// injects a &lt;style&gt; element and inline styles into its SVG; styles cannot run script.</item>
    /// <item><c>img-src 'self' data: blob:</c>: MudBlazor and plotly.js draw small images as data: URIs; downloads are blob: URLs.</item>
    /// <item><c>font-src 'self' data:</c>: Roboto and DejaVu from the app; data: for fonts embedded in CSS.</item>
    /// <item><c>connect-src 'self'</c>: the SignalR WebSocket of the circuit (CSP Level 3: 'self' matches ws:/wss: to the same host).</item>
    /// <item><c>object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'</c>: no plugins, no rebased
    /// links, forms post only here, and no other site may frame the planner (clickjacking).</item>
    /// </list></summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var h = http.Response.Headers;
            h.ContentSecurityPolicy = ContentSecurityPolicy;
            h.XContentTypeOptions = "nosniff";
            // The plan travels in the address (?plan=…): never send it to another site as a Referer.
            h["Referrer-Policy"] = "same-origin";
            h.XFrameOptions = "DENY"; // frame-ancestors for browsers without CSP Level 2
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(http);
    });
}

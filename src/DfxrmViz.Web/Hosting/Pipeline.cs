using DfxrmViz.Web.Api;
using DfxrmViz.Web.Components;

namespace DfxrmViz.Web.Hosting;

/// <summary>The request pipeline and every endpoint.</summary>
public static class Pipeline
{
    public static WebApplication UseDfxrmViz(this WebApplication app)
    {
        // problem+json for every error, in every environment (no developer exception page for API callers).
        app.UseExceptionHandler();
        app.UseInstanceAffinity();
        app.UseSecurityHeaders();
        app.UseDfxrmVizRequestLimits();
        app.UseCircuitAbortOnShutdown();
        app.UseApiBodySizeLimit(app.Configuration.GetValue("DfxrmViz:MaxRequestBodyBytes", ServiceRegistration.DefaultMaxRequestBodyBytes));
        app.UseWhen(c => IsApi(c.Request.Path), a => a.UseStatusCodePages());
        app.UseWhen(c => !IsApi(c.Request.Path), a => a.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        // Routing after the status-code pages, so a re-executed /not-found request is routed again.
        app.UseRouting();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapOpenApi();
        app.MapHealthEndpoint();
        app.MapApiV1();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    private static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/healthz");
}

using DfxrmViz.Core.Elements;

namespace DfxrmViz.Web.Api;

/// <summary><c>GET /healthz</c> → 200 <c>ok</c> when the app can serve (docs/api.md): the embedded physics tables load.</summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => PeriodicTable.Find("Si") is not null
                ? Results.Text("ok")
                : Results.Problem("Embedded element data could not be read.", statusCode: StatusCodes.Status503ServiceUnavailable))
            .WithName("Health")
            .WithSummary("Liveness: 200 'ok' when the app can serve.");
        return app;
    }
}

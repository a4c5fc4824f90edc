namespace DfxrmViz.Web.Api;

/// <summary>Every endpoint of docs/api.md version 1, under /api/v1: mappings onto the stages of Core's plan pipeline.</summary>
public static class ApiV1
{
    public static IEndpointRouteBuilder MapApiV1(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("DfxrmViz API v1").DisableAntiforgery();
        api.MapCrystalEndpoints();
        api.MapReflectionEndpoints();
        api.MapLensEndpoints();
        api.MapAttenuationEndpoints();
        api.MapOrientationEndpoints();
        api.MapPlanEndpoints();
        api.MapPlanStoreEndpoints();
        api.MapExportEndpoints();
        api.MapSceneExportEndpoint();
        return app;
    }
}

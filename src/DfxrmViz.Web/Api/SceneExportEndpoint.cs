using DfxrmViz.Core.Planning;
using DfxrmViz.Export.Gltf;
using DfxrmViz.Web.Api.Contracts;

namespace DfxrmViz.Web.Api;

/// <summary>POST /api/v1/export/scene.glb (docs/api.md "Endpoints"): the plan's 3D scene as glTF
/// binary, from the same pipeline stage the page's viewer draws. 400 for a plan that is not well-formed, 422 when its scene
/// cannot be built because the plan is physically impossible (the problem names the plan field).</summary>
public static class SceneExportEndpoint
{
    /// <summary>glTF binary media type (glTF 2.0 specification, §4.4 "File Extensions and Media Types").</summary>
    public const string GlbMediaType = "model/gltf-binary";

    public static RouteGroupBuilder MapSceneExportEndpoint(this RouteGroupBuilder api)
    {
        api.MapPost("/export/scene.glb", async (HttpRequest request, PlanPipeline pipeline) =>
            {
                var results = pipeline.Compute(await RequestJson.PlanAsync(request));
                RequestJson.RequireWellFormedTexts(results);
                return Results.File(SceneGlb.Write(RequestJson.Value(results.Scene)), GlbMediaType, "scene.glb");
            })
            .Accepts<PlanRequestDto>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: GlbMediaType)
            .WithName("ExportSceneGlb")
            .WithSummary("The plan's 3D scene (sample, unit cell, beams, lens, goniometer) as a glTF 2.0 binary file; names and extras as in docs/api.md.");
        return api;
    }
}

using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Export.Files;
using DfxrmViz.Export.Pdf.Logbook;
using DfxrmViz.Storage.Plans;
using DfxrmViz.Web.Storage;
using Microsoft.Net.Http.Headers;

namespace DfxrmViz.Web.Api;

/// <summary>The files of a plan (docs/api.md "Saved plans, live rooms, exports"): <c>GET /api/v1/plans/{id}/&lt;file&gt;</c> for a
/// saved plan, <c>POST /api/v1/export/&lt;file&gt;</c> <c>{ plan }</c> for an unsaved one, and (an addition, for the page's plain
/// download links) <c>GET /api/v1/export/&lt;file&gt;?plan=</c> with the plan of the page address. <c>view=camera</c> (query or
/// body) draws the report's 3D view along the plan's camera instead of along the beam and from the side.</summary>
public static class ExportEndpoints
{
    /// <summary>POST /export/scene.glb is the viewer's own endpoint; the other files are posted here.</summary>
    private static readonly string[] Posted = [PlanFiles.ReportPdf, PlanFiles.ReflectionsCsv, PlanFiles.AttenuationCsv, PlanFiles.PlanJson];

    public static RouteGroupBuilder MapExportEndpoints(this RouteGroupBuilder api)
    {
        foreach (var file in PlanFiles.Names)
        {
            api.MapGet($"/plans/{{id}}/{file}", (string id, string? view, IPlanStore store, PlanPipeline pipeline, HttpContext http, CancellationToken ct) =>
                    SavedFileAsync(file, id, view, store, pipeline, http, ct))
                .WithName("SavedPlanFile " + file)
                .WithSummary($"The {file} of a saved plan.")
                .Produces(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status404NotFound)
                .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
            api.MapGet($"/export/{file}", (string? plan, string? view, PlanPipeline pipeline, HttpContext http) =>
                    File(file, Decoded(plan), view, pipeline, http, null))
                .WithName("AddressPlanFile " + file)
                .WithSummary($"The {file} of the plan in a page address (?plan=, docs/api.md \"Plan in the page address\").")
                .Produces(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        }
        foreach (var file in Posted)
        {
            api.MapPost($"/export/{file}", async (HttpRequest request, PlanPipeline pipeline) =>
                {
                    var (doc, f) = await RequestJson.ReadAsync(request, ["plan", "view"]);
                    using (doc)
                    {
                        var plan = f.Get("plan") is { } p ? PlanJson.Read(p, "plan") : throw JsonFields.Error("plan", "is required: { \"plan\": { \"crystal\": … } }.");
                        return File(file, plan, f.StringOrNull("view"), pipeline, request.HttpContext, null);
                    }
                })
                .Accepts<Contracts.SavePlanRequestDto>("application/json")
                .WithName("ExportFile " + file)
                .WithSummary($"The {file} of the plan in the body.")
                .Produces(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        }
        return api;
    }

    private static async Task<IResult> SavedFileAsync(string file, string id, string? view, IPlanStore store, PlanPipeline pipeline, HttpContext http,
        CancellationToken ct)
    {
        SavedPlanLookup saved;
        try
        {
            saved = await SavedPlans.OpenAsync(store, id, ct);
        }
        catch (PlanStoreUnavailableException e)
        {
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ExportEndpoints)).LogWarning(e, "Saved plan store not available");
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Storage not available",
                detail: "The server could not read the saved plan: its plan storage is not available right now. Try again in a moment.");
        }
        return saved.Plan is { } plan
            ? File(file, plan, view, pipeline, http, $"/p/{id}")
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: saved.Title, detail: saved.Detail);
    }

    private static IResult File(string file, Plan plan, string? view, PlanPipeline pipeline, HttpContext http, string? reopenPath)
    {
        var views = view switch
        {
            null or "beamAndSide" => LogbookSceneViews.BeamAndSide,
            "camera" => LogbookSceneViews.Camera,
            _ => throw JsonFields.Error("view", "must be \"camera\" (the plan's camera) or \"beamAndSide\" (the default)."),
        };
        var results = pipeline.Compute(PlanValidation.Validated(plan));
        RequestJson.RequireWellFormedTexts(results);
        var request = http.Request;
        var path = reopenPath ?? PlanAddress.AddressOf(plan);
        var reopen = path is null ? null : $"{request.Scheme}://{request.Host}{request.PathBase}{path}";
        try
        {
            var made = PlanFiles.Make(file, results, new LogbookContext(DateTimeOffset.UtcNow, reopen, views));
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName(made.FileName);
            http.Response.Headers.ContentDisposition = disposition.ToString();
            return Results.Bytes(made.Bytes, made.ContentType);
        }
        catch (PlanFileUnavailableException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: $"No {file} for this plan", detail: e.Message);
        }
    }

    private static Plan Decoded(string? plan) => plan is null
        ? throw JsonFields.Error("plan", "is required: the plan parameter of a page address (/?plan=…).")
        : PlanAddress.Decode(plan);
}

using DfxrmViz.Core.Planning;
using DfxrmViz.Web.Api.Contracts;

namespace DfxrmViz.Web.Api;

/// <summary>POST /api/v1/plan (docs/api.md "The plan"): everything the page shows for a plan, from the same pipeline. 400 for a
/// plan that is not well-formed (its CIF or lens text included); 200 for every well-formed plan, with what is physically
/// impossible stated in the results.</summary>
public static class PlanEndpoints
{
    public static RouteGroupBuilder MapPlanEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/plan", async (HttpRequest request, PlanPipeline pipeline) =>
            {
                var results = pipeline.Compute(await RequestJson.PlanAsync(request));
                RequestJson.RequireWellFormedTexts(results);
                return Results.Ok(PlanResponseDto.From(results));
            })
            .Accepts<PlanRequestDto>("application/json")
            .Produces<PlanResponseDto>()
            .WithName("Plan")
            .WithSummary("Every result the page shows for one plan: crystal, attenuation, reflections with reachability, selected reflection, " +
                "orientation, lens, mount check and the pre-flight checks.");
        return api;
    }
}

using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Planning;
using DfxrmViz.Web.Api.Contracts;

namespace DfxrmViz.Web.Api;

/// <summary>GET /api/v1/crystals and POST /api/v1/crystal (docs/api.md): the crystal stage of the plan pipeline.</summary>
public static class CrystalEndpoints
{
    public static RouteGroupBuilder MapCrystalEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/crystals", () => CrystalLibrary.List()
                .Select(e => new CrystalListItemDto(e.Id, e.Name, e.Formula, e.SpaceGroup, e.Source)).ToList())
            .WithName("Crystals")
            .WithSummary("The built-in crystal library with the provenance of each entry.");
        api.MapPost("/crystal", async (HttpRequest request, PlanPipeline pipeline) =>
            {
                var (doc, f) = await RequestJson.ReadAsync(request, ["crystal"]);
                using (doc)
                {
                    return Results.Ok(CrystalResponseDto.From(RequestJson.Crystal(pipeline, f)));
                }
            })
            .Accepts<CrystalRequestDto>("application/json")
            .Produces<CrystalResponseDto>()
            .WithName("Crystal")
            .WithSummary("Reads a crystal (built-in or CIF text) and returns its cell, symmetry, composition, density and atom sites.");
        return api;
    }
}

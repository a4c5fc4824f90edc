using DfxrmViz.Core.Optics;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Core.Planning.Stages;
using DfxrmViz.Web.Api.Contracts;

namespace DfxrmViz.Web.Api;

/// <summary>POST /api/v1/lens (docs/api.md): the plan's lens stage at a given 2θ — CRL objective, imaging condition solved
/// exactly (docs/physics.md §8). Plan field names: <c>lensModel</c> (also <c>model</c>), <c>dTotPrimeMm</c> | <c>dTotMm</c>.</summary>
public static class LensEndpoints
{
    private static readonly string[] Fields =
        ["lens", "energyKeV", "twoThetaDeg", "dTotMm", "dTotPrimeMm", "model", "lensModel", "apertureRadiusUm", "webThicknessUm"];

    public static RouteGroupBuilder MapLensEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/lens", async (HttpRequest request, PlanPipeline pipeline) =>
            {
                var (doc, f) = await RequestJson.ReadAsync(request, Fields);
                using (doc)
                {
                    var source = f.Get("lens") is { } l ? PlanPartsReader.Lens(l, "lens")
                        : throw JsonFields.Error("lens", "is required: {\"builtin\": \"id06\"} or {\"text\": \"<.lens file>\"}.");
                    var seed = new Plan { Crystal = CrystalSource.BuiltIn("Si"), Lens = source, EnergyKeV = f.RequiredNumber("energyKeV") };
                    var model = f.Enum("model", seed.LensModel, ("thick", LensModel.Thick), ("thin", LensModel.Thin));
                    var plan = PlanValidation.Validated(PlanJsonReader.ReadInto(f, seed with { LensModel = model }), "");
                    var file = RequestJson.Value(pipeline.LensFile(plan.Lens!));
                    var key = new LensKey(file, plan.EnergyKeV, f.RequiredNumber("twoThetaDeg"), plan.Distance, plan.LensModel, plan.ApertureRadiusUm,
                        plan.WebThicknessUm);
                    return Results.Ok(LensResponseDto.From(RequestJson.Value(pipeline.Lens(key))));
                }
            })
            .Accepts<LensRequestDto>("application/json")
            .Produces<LensResponseDto>()
            .WithName("Lens")
            .WithSummary("Objective lens (CRL): δ, β, focal lengths, d1/dL/d2, signed magnification, mount point, transmission.");
        return api;
    }
}

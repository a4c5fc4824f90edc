using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Core.Scattering;
using DfxrmViz.Web.Api.Contracts;

namespace DfxrmViz.Web.Api;

/// <summary>POST /api/v1/reflections (docs/api.md): the plan's reflection stage — every class of reflections in the 2θ window
/// with |F|² (docs/physics.md §4–5). Plan field names and defaults: <c>f0</c> (also <c>formFactors</c>), the 2θ window of
/// <c>instrument</c> where not given.</summary>
public static class ReflectionEndpoints
{
    private static readonly string[] Fields =
        ["crystal", "energyKeV", "twoThetaMinDeg", "twoThetaMaxDeg", "instrument", "anomalous", "f0", "formFactors", "includeAbsent"];

    public static RouteGroupBuilder MapReflectionEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/reflections", async (HttpRequest request, PlanPipeline pipeline) =>
            {
                var (doc, f) = await RequestJson.ReadAsync(request, Fields);
                using (doc)
                {
                    var crystal = RequestJson.Crystal(pipeline, f);
                    var plan = PlanValidation.Validated(PlanJsonReader.ReadInto(f, new Plan { Crystal = crystal.Source, EnergyKeV = f.RequiredNumber("energyKeV") }), "");
                    var f0 = f.Enum("formFactors", plan.F0, ("it92", FormFactorTable.It92), ("itc", FormFactorTable.It92), ("wk", FormFactorTable.WaasmaierKirfel),
                        ("waasmaier-kirfel", FormFactorTable.WaasmaierKirfel));
                    var window = PlanWindow.Of(plan);
                    var table = RequestJson.Value(pipeline.Reflections(crystal, plan.EnergyKeV, window.MinDeg, window.MaxDeg,
                        new ScatteringOptions(f0, plan.Anomalous), f.Bool("includeAbsent", false)));
                    // Written whole, with Content-Length (the same bytes as Results.Ok): a 27 KB table streamed by the async
                    // serializer went out chunked, which costs the server and every client a parse per chunk.
                    return Results.Bytes(ReflectionsJson.Utf8(table), "application/json; charset=utf-8");
                }
            })
            .Accepts<ReflectionsRequestDto>("application/json")
            .Produces<ReflectionsResponseDto>()
            .WithName("Reflections")
            .WithSummary("Reflections within [2θmin, 2θmax] at an energy: hkl, d, 2θ, |F|² (e²/cell), multiplicity, equivalents.");
        return api;
    }
}

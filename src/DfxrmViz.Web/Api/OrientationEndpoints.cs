using DfxrmViz.Core.Goniometer;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Core.Planning.Stages;
using DfxrmViz.Web.Api.Contracts;

namespace DfxrmViz.Web.Api;

/// <summary>POST /api/v1/orientation and GET /api/v1/goniometers (docs/api.md; docs/physics.md §6, §7): the plan's orientation
/// stage. Plan field names and defaults (<c>beamRule</c>, <c>azimuthDeg</c>, <c>limitsDeg</c>, <c>fixedAxis</c>, <c>table</c>,
/// <c>kind</c>, sample 5000 × 5000 × 150 µm); the older <c>minimiseBeamPath</c>/<c>optimiseBeamPath</c> still read.</summary>
public static class OrientationEndpoints
{
    private static readonly string[] Fields =
    [
        "crystal", "energyKeV", "hkl", "up", "front", "beamExit", "beamRule", "minimiseBeamPath", "optimiseBeamPath", "azimuthDeg", "goniometer",
        "sampleUm", "fixedAxis", "limitsDeg", "table", "kind", "solution",
    ];

    public static RouteGroupBuilder MapOrientationEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/goniometers", () => GoniometerProfiles.All.Select(GoniometerDto.Describe).ToList())
            .WithName("Goniometers")
            .WithSummary("Goniometer profiles: axes base → top with rotation axis in the lab frame, sense and limits (source or assumption).");
        api.MapPost("/orientation", async (HttpRequest request, PlanPipeline pipeline) =>
            {
                var (doc, f) = await RequestJson.ReadAsync(request, Fields);
                using (doc)
                {
                    var crystal = RequestJson.Crystal(pipeline, f);
                    var hkl = f.Get("hkl") is { } h ? PlanPartsReader.Hkl(h, "hkl") : throw JsonFields.Error("hkl", "is required: [h, k, l].");
                    var plan = PlanValidation.Validated(PlanJsonReader.ReadInto(f, new Plan
                    {
                        Crystal = crystal.Source,
                        EnergyKeV = f.RequiredNumber("energyKeV"),
                        BeamRule = LegacyRule(f),
                        Lens = null,
                    }), "");
                    var orientation = RequestJson.Value(pipeline.Orientation(OrientationKey.Of(plan, crystal, hkl)));
                    return Results.Ok(OrientationResponseDto.From(orientation));
                }
            })
            .Accepts<OrientationRequestDto>("application/json")
            .Produces<OrientationResponseDto>()
            .WithName("Orientation")
            .WithSummary("Sample frame, Q/k0/kh, every goniometer solution with residual and limits, beam paths and transmissions.");
        return api;
    }

    /// <summary>The beam rule the older fields ask for (a given beamExit wins, then optimiseBeamPath); beamRule, when given, is read after.</summary>
    private static BeamRule LegacyRule(JsonFields f)
    {
        var optimise = f.Bool("optimiseBeamPath", false);
        if (f.Has("beamExit"))
        {
            return BeamRule.Direction;
        }
        if (!f.Bool("minimiseBeamPath", true) && !optimise)
        {
            throw JsonFields.Error("beamExit", "is needed with minimiseBeamPath false ({\"hkl\": [..]} or {\"uvw\": [..]}).");
        }
        return optimise ? BeamRule.ShortestPath : BeamRule.ExitSurface;
    }
}

using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Core.Planning.Stages;
using DfxrmViz.Core.XrayData;
using DfxrmViz.Web.Api.Contracts;

namespace DfxrmViz.Web.Api;

/// <summary>POST /api/v1/attenuation (docs/api.md): the plan's absorption stage (<see cref="AbsorptionResult.PointAt"/>) at
/// many energies and thicknesses (docs/physics.md §3).</summary>
public static class AttenuationEndpoints
{
    /// <summary>Most energies one request may ask for.</summary>
    public const int MaxEnergies = 10_000;

    /// <summary>Most thicknesses one request may ask for.</summary>
    public const int MaxThicknesses = 10_000;

    /// <summary>Most transmission values (energies × thicknesses) in one answer.</summary>
    public const int MaxTransmissionValues = 1_000_000;

    public static RouteGroupBuilder MapAttenuationEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/attenuation", async (HttpRequest request, PlanPipeline pipeline) =>
            {
                var (doc, f) = await RequestJson.ReadAsync(request, ["crystal", "energiesKeV", "thicknessesUm", "table", "kind"]);
                using (doc)
                {
                    return Results.Ok(Compute(pipeline, f));
                }
            })
            .Accepts<AttenuationRequestDto>("application/json")
            .Produces<AttenuationResponseDto>()
            .WithName("Attenuation")
            .WithSummary("Attenuation length (µm) per energy and slab transmission exp(−t/L) per energy and thickness, " +
                "from XrayDB 4.4.7 Elam (default) or Chantler tables.");
        return api;
    }

    private static AttenuationResponseDto Compute(PlanPipeline pipeline, JsonFields f)
    {
        var crystal = RequestJson.Crystal(pipeline, f);
        var table = f.Enum("table", AttenuationTable.Elam, ("elam", AttenuationTable.Elam), ("chantler", AttenuationTable.Chantler));
        var kind = f.Enum("kind", AttenuationKind.Total, ("total", AttenuationKind.Total), ("photo", AttenuationKind.Photo));
        var energies = Numbers(f, "energiesKeV", MaxEnergies, "energies", required: true);
        var thicknesses = Numbers(f, "thicknessesUm", MaxThicknesses, "thicknesses", required: false);
        if ((long)energies.Length * thicknesses.Length > MaxTransmissionValues)
        {
            throw new InputException("thicknessesUm",
                $"{energies.Length} energies × {thicknesses.Length} thicknesses is more than {MaxTransmissionValues} transmission values: split the request.");
        }
        var material = crystal.Material ?? throw new InputException(crystal.MaterialProblem! with { Field = "crystal" });
        var lengths = new double[energies.Length];
        var mu = new double[energies.Length];
        var transmission = new IReadOnlyList<double>[energies.Length];
        for (var i = 0; i < energies.Length; i++)
        {
            var points = new double[thicknesses.Length];
            for (var j = 0; j < Math.Max(1, thicknesses.Length); j++)
            {
                var t = thicknesses.Length > 0 ? thicknesses[j] : 1;
                var (m, l, tr) = Remapped(i, j, () => AbsorptionResult.PointAt(material, energies[i], t, table, kind));
                (mu[i], lengths[i]) = (m, l);
                if (thicknesses.Length > 0)
                {
                    points[j] = tr;
                }
            }
            transmission[i] = points;
        }
        return new AttenuationResponseDto(lengths, transmission, mu, material.DensityGPerCm3, table == AttenuationTable.Elam ? "elam" : "chantler",
            MassAttenuation.TableName(table), kind == AttenuationKind.Total ? "total" : "photo");
    }

    private static double[] Numbers(JsonFields f, string name, int max, string noun, bool required)
    {
        var items = f.Get(name) is { } v ? JsonFields.Array(v, name, int.MaxValue) : [];
        if (items.Count == 0)
        {
            return required ? throw new InputException(name, $"Give at least one value in '{name}'.") : [];
        }
        if (items.Count > max)
        {
            throw new InputException(name, $"'{name}' holds {items.Count} {noun}; at most {max} are allowed per request.");
        }
        return [.. items.Select((e, i) => JsonFields.Finite(e, $"{name}[{i}]"))];
    }

    /// <summary>A Core problem of entry (i, j) reported under the array's name with the entry's index.</summary>
    private static T Remapped<T>(int i, int j, Func<T> f)
    {
        try
        {
            return f();
        }
        catch (InputException ex) when (ex.Problem.Field is "energyKeV")
        {
            throw new InputException("energiesKeV", $"energiesKeV[{i}]: {ex.Problem.Message}");
        }
        catch (InputException ex) when (ex.Problem.Field is "thicknessUm")
        {
            throw new InputException("thicknessesUm", $"thicknessesUm[{j}]: {ex.Problem.Message}");
        }
        catch (InputException ex) when (ex.Problem.Field is "composition")
        {
            throw new InputException("crystal", ex.Problem.Message);
        }
    }
}

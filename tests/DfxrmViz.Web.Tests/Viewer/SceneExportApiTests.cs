using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DfxrmViz.Core.Crystal;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Web.Tests.Api;
using SharpGLTF.Schema2;

namespace DfxrmViz.Web.Tests.Viewer;

/// <summary>POST /api/v1/export/scene.glb read back with SharpGLTF and checked as physics against the file's own drawn cell
/// (docs/api.md "Endpoints"): the beams make the Bragg angle of the reciprocal vector built from the drawn cell edges, Q is
/// parallel to it and to kh − k0, the sample's up and exit normal are where the plan's mount puts them, and the goniometer
/// nodes carry the angles POST /api/v1/plan reports.</summary>
public class SceneExportApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    // hc = 12.398419843320026 keV·Å (CODATA 2018, h and c exact, e exact): λ = hc / E.
    private const double HcKeVA = 12.398419843320026;

    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Crystals() => [.. CrystalLibrary.List().Select(e => e.Id)];

    [Theory]
    [MemberData(nameof(Crystals))]
    public async Task Every_builtin_crystal_default_plan(string id)
    {
        // 2θ ≤ 25° keeps the reachability of every listed class quick for the largest cells (as the parity test).
        var plan = new JsonObject { ["crystal"] = new JsonObject { ["builtin"] = id }, ["energyKeV"] = 17.0, ["twoThetaMaxDeg"] = 25.0 };
        var results = await PlanAsync(plan);
        if (results.GetProperty("selectedHkl").ValueKind != JsonValueKind.Array || results.GetProperty("orientation").TryGetProperty("problem", out _))
        {
            var refused = await PostGlbAsync(plan);
            Assert.Contains(refused.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.UnprocessableEntity });
            return;
        }
        var glb = await GlbAsync(plan);
        var hkl = Hkl(results);
        AssertBeamsAndQ(glb, hkl, 17.0, results, id);
        // up null = Q (docs/api.md "The plan").
        Assert.True(glb.Vector("sample", "up").AngleTo(Reciprocal(glb, hkl)) < 1e-9, $"{id}: sample up ∥ Q");
        Assert.True(Math.Abs(glb.Vector("sample", "exitNormal").Dot(glb.Vector("sample", "up"))) < 1e-12, $"{id}: exit normal ⟂ up");
    }

    [Fact]
    public async Task The_LiNbO3_example_mount_up_001_exit_surface_minus1_minus1_0()
    {
        var plan = JsonNode.Parse(PlanJson.Write(Plan.Example))!.AsObject();
        var results = await PlanAsync(plan);
        var glb = await GlbAsync(plan);
        Assert.Equal([1, -1, 2], Hkl(results));
        AssertBeamsAndQ(glb, [1, -1, 2], 17.0, results, "LiNbO3 example");
        // Up is the plane normal (0 0 1) and the exit surface the plane (−1 −1 0), its part ⟂ up (docs/physics.md §6).
        var up = Reciprocal(glb, [0, 0, 1]).Normalized();
        var front = Reciprocal(glb, [-1, -1, 0]);
        front = (front - front.Dot(up) * up).Normalized();
        Assert.True(glb.Vector("sample", "up").AngleTo(up) < 1e-9, "sample up ∥ (0 0 1)*");
        Assert.True(glb.Vector("sample", "exitNormal").AngleTo(front) < 1e-9, "exit normal ∥ (−1 −1 0)* ⟂ up");
        var size = glb.Extras("sample")["sizeUm"]!.AsArray().Select(n => n!.GetValue<double>());
        Assert.Equal([5000.0, 5000.0, 150.0], size);
        Assert.True(glb.Extras("lens")["d1Mm"]!.GetValue<double>() > 0, "lens d1");
    }

    [Fact]
    public async Task The_symmetric_Bragg_case_LiNbO3_300_up_001_exit_surface_100()
    {
        // Q ∥ the exit-surface normal: the beam enters and leaves through that surface at the same glancing angle θ, and the
        // azimuth about Q is free (docs/physics.md §6). 2θ from gemmi 0.5.7 (tests/DfxrmViz.Core.Tests/Golden/symmetric_bragg.json).
        var plan = new JsonObject
        {
            ["crystal"] = new JsonObject { ["builtin"] = "LiNbO3" },
            ["energyKeV"] = 17.0,
            ["hkl"] = new JsonArray(3, 0, 0),
            ["up"] = new JsonObject { ["uvw"] = new JsonArray(0, 0, 1) },
            ["front"] = new JsonObject { ["hkl"] = new JsonArray(1, 0, 0) },
        };
        var results = await PlanAsync(plan);
        var glb = await GlbAsync(plan);
        Assert.Equal([3, 0, 0], Hkl(results));
        AssertBeamsAndQ(glb, [3, 0, 0], 17.0, results, "symmetric Bragg");
        Assert.Equal(28.406972448927306, results.GetProperty("orientation").GetProperty("twoThetaDeg").GetDouble(), 1e-9);
        // Up is the direction [0 0 1] = the drawn c edge; the exit normal the plane normal (1 0 0)*, here also ∥ Q.
        var up = glb.Vector("sample", "up");
        var exit = glb.Vector("sample", "exitNormal");
        Assert.True(up.AngleTo(glb.Vector("unit-cell", "cA")) < 1e-9, "sample up ∥ [0 0 1] = c");
        Assert.True(exit.AngleTo(Reciprocal(glb, [1, 0, 0])) < 1e-9, "exit normal ∥ (1 0 0)*");
        Assert.True(exit.AngleTo(glb.Vector("q-vector", "direction")) < 1e-9, "exit normal ∥ Q");
        // Equal glancing angles: k0 · n = −kh · n = −sin θ.
        var theta = results.GetProperty("orientation").GetProperty("twoThetaDeg").GetDouble() * Math.PI / 360;
        Assert.Equal(-Math.Sin(theta), glb.Vector("beam-incident", "direction").Dot(exit), 1e-9);
        Assert.Equal(Math.Sin(theta), glb.Vector("beam-diffracted", "direction").Dot(exit), 1e-9);
    }

    [Fact]
    public async Task Same_plan_same_bytes()
    {
        var plan = JsonNode.Parse(PlanJson.Write(Plan.Example))!.AsObject();
        var first = await (await PostGlbAsync(plan)).Content.ReadAsByteArrayAsync();
        var second = await (await PostGlbAsync(plan)).Content.ReadAsByteArrayAsync();
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_missing_plan_is_refused_and_an_impossible_reflection_named()
    {
        var missing = await _client.PostAsJsonAsync("/api/v1/export/scene.glb", new { });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("plan", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // LiNbO3 (3 0 0): d = a √3 / 6 = 1.487 Å; at 2 keV λ = 6.2 Å > 2d, so there is no Bragg angle and no scene to draw:
        // well-formed but physically impossible, 422 (docs/api.md "Conventions").
        var impossible = await PostGlbAsync(new JsonObject
        {
            ["crystal"] = new JsonObject { ["builtin"] = "LiNbO3" },
            ["energyKeV"] = 2.0,
            ["hkl"] = new JsonArray(3, 0, 0),
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, impossible.StatusCode);
        var problem = await impossible.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("energyKeV", out _), problem.ToString());
        Assert.Contains("cannot diffract at 2 keV", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static void AssertBeamsAndQ(Glb glb, int[] hkl, double energyKeV, JsonElement results, string what)
    {
        var g = Reciprocal(glb, hkl);
        // Bragg's law with d = 1/|G| of the drawn cell: 2θ = 2 asin(λ |G| / 2).
        var twoTheta = 2 * Math.Asin(HcKeVA / energyKeV * g.Norm / 2);
        var incident = glb.Vector("beam-incident", "direction");
        var diffracted = glb.Vector("beam-diffracted", "direction");
        Assert.True(Math.Abs(incident.AngleTo(diffracted) - twoTheta) < 1e-9, $"{what}: k0 ∠ kh = 2θ of the drawn cell");
        Assert.Equal(results.GetProperty("orientation").GetProperty("twoThetaDeg").GetDouble() * Math.PI / 180, twoTheta, 1e-9);
        Assert.True(glb.Vector("q-vector", "direction").AngleTo(g) < 1e-9, $"{what}: Q ∥ reciprocal vector of the drawn cell");
        Assert.True(glb.Vector("q-vector", "direction").AngleTo(diffracted - incident) < 1e-9, $"{what}: Q ∥ kh − k0");

        var orientation = results.GetProperty("orientation");
        if (orientation.GetProperty("chosenIndex").ValueKind == JsonValueKind.Number)
        {
            var angles = orientation.GetProperty("solutions")[orientation.GetProperty("chosenIndex").GetInt32()].GetProperty("angles");
            foreach (var axis in angles.EnumerateObject())
            {
                Assert.Equal(axis.Value.GetDouble(), glb.Extras($"goniometer {axis.Name}")["angleDeg"]!.GetValue<double>(), 12);
            }
        }
    }

    /// <summary>h a* + k b* + l c* from the cell edges drawn in the file (Å⁻¹, no 2π).</summary>
    private static Vec3 Reciprocal(Glb glb, int[] hkl)
    {
        var (a, b, c) = (glb.Vector("unit-cell", "aA"), glb.Vector("unit-cell", "bA"), glb.Vector("unit-cell", "cA"));
        var v = a.Dot(b.Cross(c));
        return (hkl[0] * b.Cross(c) + hkl[1] * c.Cross(a) + hkl[2] * a.Cross(b)) / v;
    }

    private static int[] Hkl(JsonElement results) => [.. results.GetProperty("selectedHkl").EnumerateArray().Select(e => e.GetInt32())];

    private async Task<JsonElement> PlanAsync(JsonObject plan)
    {
        var response = await _client.PostAsJsonAsync("/api/v1/plan", new JsonObject { ["plan"] = plan.DeepClone() });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<HttpResponseMessage> PostGlbAsync(JsonObject plan) =>
        _client.PostAsJsonAsync("/api/v1/export/scene.glb", new JsonObject { ["plan"] = plan.DeepClone() });

    private async Task<Glb> GlbAsync(JsonObject plan)
    {
        var response = await PostGlbAsync(plan);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("model/gltf-binary", response.Content.Headers.ContentType?.MediaType);
        return new Glb(ModelRoot.ReadGLB(new MemoryStream(await response.Content.ReadAsByteArrayAsync())));
    }

    private sealed record Glb(ModelRoot Model)
    {
        public JsonObject Extras(string node) => (JsonObject)Model.LogicalNodes.Single(n => n.Name == node).Extras!;

        public Vec3 Vector(string node, string key)
        {
            var v = Extras(node)[key]!.AsArray();
            return new Vec3(v[0]!.GetValue<double>(), v[1]!.GetValue<double>(), v[2]!.GetValue<double>());
        }
    }
}

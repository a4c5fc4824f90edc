using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DfxrmViz.Web.Tests.Api;

namespace DfxrmViz.Web.Tests.Orientation;

/// <summary>POST /api/v1/orientation and GET /api/v1/goniometers against docs/api.md and docs/physics.md §9.</summary>
public class OrientationApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<(HttpStatusCode Status, JsonElement Body, string? MediaType)> PostAsync(object body)
    {
        var response = await _client.PostAsJsonAsync(new Uri("/api/v1/orientation", UriKind.Relative), body);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, json, response.Content.Headers.ContentType?.MediaType);
    }

    private static object LiNbO3(string goniometer, object? up = null, object? front = null) => new
    {
        crystal = new { builtin = "LiNbO3" },
        energyKeV = 17.0,
        hkl = new[] { 1, -1, 2 },
        goniometer,
        up,
        front,
    };

    // docs/physics.md §9: LiNbO3 (1,−1,2) at 17 keV, 2θ 11.161382° (gemmi 0.5.7); esrf-dfxm μ = +θ = 5.5807°, others 0.
    [Fact]
    public async Task LiNbO3_1m12_esrf_dfxm_has_two_theta_Q_along_x_and_mu_theta()
    {
        var (status, r, _) = await PostAsync(LiNbO3("esrf-dfxm"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(11.161382, r.GetProperty("twoThetaDeg").GetDouble(), 5e-7);
        Assert.Equal(3.7498077, r.GetProperty("dA").GetDouble(), 5e-7);
        var q = r.GetProperty("qSampleInvA").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(2 * Math.PI / 3.7498077, q[0], 1e-6);
        Assert.True(Math.Abs(q[1]) < 1e-9 * q[0] && Math.Abs(q[2]) < 1e-9 * q[0]);
        var solutions = r.GetProperty("solutions").EnumerateArray().ToList();
        var chosen = solutions[r.GetProperty("chosenIndex").GetInt32()];
        Assert.Equal(5.5806908, chosen.GetProperty("angles").GetProperty("mu").GetDouble(), 1e-6);
        foreach (var axis in new[] { "omega", "chi", "phi" })
        {
            Assert.Equal(0, chosen.GetProperty("angles").GetProperty(axis).GetDouble(), 1e-9);
        }
        Assert.True(chosen.GetProperty("withinLimits").GetBoolean());
        Assert.True(chosen.GetProperty("residual").GetDouble() < 1e-9);
        // Angles keyed by ASCII names in stack order base → top.
        Assert.Equal(["mu", "omega", "chi", "phi"], chosen.GetProperty("angles").EnumerateObject().Select(p => p.Name));
        // Default mount: up = Q, front = [1 1 0] (docs/physics.md §6); symmetric Laue: L_in = L_out = (t/2)/cos θ with t = 150 µm.
        Assert.Equal("[1 1 0]", r.GetProperty("mount").GetProperty("front").GetProperty("text").GetString());
        var theta = 11.161382 / 2 * Math.PI / 180;
        Assert.Equal(75 / Math.Cos(theta), r.GetProperty("beamPathUm").GetProperty("incident").GetDouble(), 1e-4);
        Assert.Equal(75 / Math.Cos(theta), r.GetProperty("beamPathUm").GetProperty("diffracted").GetDouble(), 1e-4);
        // T = exp(−(L_in + L_out)/L_att), L_att 174.581 µm (docs/physics.md §9, XrayDB 4.4.7 Elam total).
        Assert.Equal(Math.Exp(-150 / Math.Cos(theta) / 174.581), r.GetProperty("transmission").GetDouble(), 2e-5);
        Assert.Equal("Laue", r.GetProperty("slab").GetProperty("geometry").GetString());
    }

    // docs/physics.md §9 upstream case (ii): DF-XRM_vis shows φ 0.00, χ −0.00, ω −5.58°.
    [Fact]
    public async Task LiNbO3_1m12_dfxrm_vis_has_omega_minus_5_58()
    {
        var (status, r, _) = await PostAsync(LiNbO3("dfxrm-vis"));
        Assert.Equal(HttpStatusCode.OK, status);
        var chosen = r.GetProperty("solutions")[r.GetProperty("chosenIndex").GetInt32()].GetProperty("angles");
        Assert.Equal(-5.58, chosen.GetProperty("omega").GetDouble(), 0.005);
        Assert.Equal(0, chosen.GetProperty("chi").GetDouble(), 1e-9);
        Assert.Equal(0, chosen.GetProperty("phi").GetDouble(), 1e-9);
    }

    [Fact]
    public async Task Goniometers_lists_both_profiles_with_axes_in_order_and_flagged_limits()
    {
        var list = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/v1/goniometers", UriKind.Relative))).RootElement;
        var byId = list.EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);
        Assert.Contains("dfxrm-vis", byId.Keys);
        var esrf = byId["esrf-dfxm"];
        Assert.True(esrf.GetProperty("isDefault").GetBoolean());
        var axes = esrf.GetProperty("axes").EnumerateArray().ToList();
        Assert.Equal(["mu", "omega", "chi", "phi"], axes.Select(a => a.GetProperty("asciiName").GetString()));
        Assert.Equal([0, 1, 2, 3], axes.Select(a => a.GetProperty("order").GetInt32()));
        // docs/physics.md §7 table: μ about +y_L, ω +x_L, χ +z_L, φ −y_L.
        Assert.Equal([0.0, 1.0, 0.0], axes[0].GetProperty("axisLab").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Equal([0.0, -1.0, 0.0], axes[3].GetProperty("axisLab").EnumerateArray().Select(e => e.GetDouble()));
        Assert.Contains("+y_L", axes[0].GetProperty("sense").GetString(), StringComparison.Ordinal);
        Assert.True(axes[2].GetProperty("limits").GetProperty("assumption").GetBoolean());
        Assert.False(byId["dfxrm-vis"].GetProperty("axes")[0].GetProperty("limits").GetProperty("assumption").GetBoolean());
        Assert.Contains("vertical", esrf.GetProperty("labFrame").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_parallel_to_front_is_400_naming_front()
    {
        var (status, r, media) = await PostAsync(LiNbO3("esrf-dfxm", new { hkl = new[] { 0, 0, 1 } }, new { uvw = new[] { 0, 0, 2 } }));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", media);
        Assert.Contains("parallel", r.GetProperty("errors").GetProperty("front")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zero_up_vector_is_400_naming_up()
    {
        var (status, r, _) = await PostAsync(LiNbO3("esrf-dfxm", new { uvw = new[] { 0, 0, 0 } }));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(r.GetProperty("errors").TryGetProperty("up", out _));
    }

    // λ/2d > 1: LiNbO3 (1,−1,2) needs E ≥ hc/(2d) = 1.65321 keV (docs/physics.md §4).
    [Fact]
    public async Task Unreachable_reflection_is_422_with_the_energy_needed()
    {
        var (status, r, media) = await PostAsync(new { crystal = new { builtin = "LiNbO3" }, energyKeV = 1.5, hkl = new[] { 1, -1, 2 } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("application/problem+json", media);
        Assert.Contains("1.65321 keV", r.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tight_user_limit_blocks_every_solution_and_names_the_axis()
    {
        var body = new
        {
            crystal = new { builtin = "LiNbO3" },
            energyKeV = 17.0,
            hkl = new[] { 1, -1, 2 },
            up = new { hkl = new[] { 0, 0, 1 } },
            limitsDeg = new Dictionary<string, object> { ["omega"] = new { minDeg = -1.0, maxDeg = 1.0 } },
        };
        var (status, r, _) = await PostAsync(body);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonValueKind.Null, r.GetProperty("chosenIndex").ValueKind);
        Assert.StartsWith("Blocked by the", r.GetProperty("blocked").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.All(r.GetProperty("solutions").EnumerateArray(), s => Assert.False(s.GetProperty("withinLimits").GetBoolean()));
    }

    [Theory]
    [InlineData("{\"crystal\":{\"builtin\":\"LiNbO3\"},\"energyKeV\":17,\"hkl\":[1.5,0,0]}", "hkl[0]")]
    [InlineData("{\"crystal\":{\"builtin\":\"LiNbO3\"},\"energyKeV\":17,\"hkl\":[1,0,0],\"goniometer\":\"nope\"}", "goniometer")]
    [InlineData("{\"crystal\":{\"builtin\":\"LiNbO3\"},\"energyKeV\":17,\"hkl\":[1,0,0],\"up\":{\"hkl\":[1,0,0],\"uvw\":[1,0,0]}}", "up")]
    [InlineData("{\"crystal\":{\"builtin\":\"LiNbO3\"},\"energyKeV\":17,\"hkl\":[1,0,0],\"sampleUm\":{\"height\":1,\"width\":-1,\"thickness\":1}}", "sampleUm.width")]
    [InlineData("{\"crystal\":{\"builtin\":\"LiNbO3\"},\"hkl\":[1,0,0]}", "energyKeV")]
    public async Task Bad_fields_are_400_problem_json_naming_the_field(string json, string field)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        var response = await _client.PostAsync(new Uri("/api/v1/orientation", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var r = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(r.GetProperty("errors").TryGetProperty(field, out _), r.ToString());
    }
}

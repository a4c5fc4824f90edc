using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DfxrmViz.Web.Tests.Api;

namespace DfxrmViz.Web.Tests.Orientation;

/// <summary>Issue 12: the symmetric Bragg case through the API (free azimuth, same digits as /plan) and the mount check from
/// three found reflections (docs/api.md; docs/physics.md §6).</summary>
public class SymmetricBraggApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static readonly object Up = new { uvw = new[] { 0, 0, 1 } };
    private static readonly object Front = new { hkl = new[] { 1, 0, 0 } };

    // 2θ from gemmi 0.5.7 (tools/gemmi/golden_symmetric_bragg.py): LiNbO3 (3 0 0) 28.406972448927306°, BaTiO3 (2 0 0) 21.011507156604292°.
    [Theory]
    [InlineData("LiNbO3", 3, 28.406972448927306)]
    [InlineData("BaTiO3", 2, 21.011507156604292)]
    public async Task Planes_parallel_to_the_exit_surface_are_answered_with_the_azimuth_and_the_plans_digits(string builtin, int h, double twoTheta)
    {
        var crystal = new { builtin };
        var hkl = new[] { h, 0, 0 };
        var single = await PostAsync("/api/v1/orientation", new { crystal, energyKeV = 17.0, hkl, up = Up, front = Front, azimuthDeg = 30.0 });
        Assert.Equal(twoTheta, single.GetProperty("twoThetaDeg").GetDouble(), 1e-9);
        Assert.True(single.GetProperty("azimuthFree").GetBoolean());
        Assert.Equal(30, single.GetProperty("azimuthDeg").GetDouble());
        var e = single.GetProperty("beamExitSample").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        // ψ = 30° from up (x_S) towards width (y_S) about Q ∥ z_S (docs/physics.md §6 "Free azimuth").
        Assert.Equal(Math.Cos(Math.PI / 6), e[0], 1e-12);
        Assert.Equal(Math.Sin(Math.PI / 6), e[1], 1e-12);
        var plan = await PostAsync("/api/v1/plan", new { plan = new { crystal, energyKeV = 17.0, hkl, up = Up, front = Front, azimuthDeg = 30.0 } });
        Assert.Equal(plan.GetProperty("orientation").GetRawText(), single.GetRawText());
    }

    [Fact]
    public async Task Three_found_reflections_give_the_fit_with_residuals_and_misorientation_as_one_number()
    {
        var crystal = new { builtin = "LiNbO3" };
        var found = new List<object>();
        foreach (var hkl in new[] { new[] { 3, 0, 0 }, new[] { 1, 0, 4 }, new[] { 0, 1, 2 } })
        {
            var o = await PostAsync("/api/v1/orientation", new { crystal, energyKeV = 17.0, hkl, up = Up, front = Front });
            var angles = o.GetProperty("solutions")[0].GetProperty("angles").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
            found.Add(new { hkl, anglesDeg = angles });
        }
        var plan = await PostAsync("/api/v1/plan", new
        {
            plan = new { crystal, energyKeV = 17.0, hkl = new[] { 3, 0, 0 }, up = Up, front = Front, mountCheck = new { found } },
        });
        var m = plan.GetProperty("mountCheck");
        Assert.Equal(JsonValueKind.Number, m.GetProperty("misorientationDeg").ValueKind);
        Assert.True(m.GetProperty("misorientationDeg").GetDouble() < 1e-6);
        Assert.Equal(3, m.GetProperty("residuals").GetArrayLength());
        Assert.All(m.GetProperty("residuals").EnumerateArray(), r => Assert.True(r.GetProperty("residualDeg").GetDouble() < 1e-6));
        Assert.Equal(JsonValueKind.Null, m.GetProperty("flaggedIndex").ValueKind);
        Assert.True(m.GetProperty("misorientationUncertaintyDeg").GetDouble() < 1e-6);
    }

    private async Task<JsonElement> PostAsync(string path, object body)
    {
        var response = await _client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

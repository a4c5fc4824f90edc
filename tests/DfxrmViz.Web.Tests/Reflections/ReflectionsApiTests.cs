using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DfxrmViz.Web.Tests.Api;

namespace DfxrmViz.Web.Tests.Reflections;

public class ReflectionsApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(object body)
    {
        var response = await _client.PostAsJsonAsync(new Uri("/api/v1/reflections", UriKind.Relative), body);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static JsonElement Row(JsonElement body, int h, int k, int l) => body.GetProperty("reflections").EnumerateArray()
        .Single(r => r.GetProperty("equivalents").EnumerateArray().Any(e => e[0].GetInt32() == h && e[1].GetInt32() == k && e[2].GetInt32() == l));

    // docs/physics.md §9 (gemmi 0.5.7 = Dans_Diffraction 2.2.3): Si 111 at 8.048 keV, d 3.13541611 Å, 2θ 28.442935°, |F|² 3552.099, multiplicity 8.
    [Fact]
    public async Task Si_111_matches_the_reference_without_anomalous_terms()
    {
        var (status, body) = await PostAsync(new { crystal = new { builtin = "Si" }, energyKeV = 8.048, twoThetaMaxDeg = 45.0, anomalous = false });
        Assert.Equal(HttpStatusCode.OK, status);
        var r = Row(body, 1, 1, 1);
        Assert.Equal(3.13541611, r.GetProperty("dA").GetDouble(), 1e-7);
        Assert.Equal(28.442935, r.GetProperty("twoThetaDeg").GetDouble(), 2e-6);
        Assert.Equal(1, r.GetProperty("f2").GetDouble() / 3552.099, 1e-5);
        Assert.Equal(8, r.GetProperty("multiplicity").GetInt32());
    }

    // docs/physics.md §9: LiNbO3 17 keV with f′+if″ (gemmi Cromer–Liberman): (1,−1,2) 41327.58, (1,0,−2) 41509.35, ±1 %; Friedel's law broken.
    [Fact]
    public async Task LiNbO3_friedel_mates_differ_with_anomalous_terms()
    {
        var (_, body) = await PostAsync(new { crystal = new { builtin = "LiNbO3" }, energyKeV = 17.0, twoThetaMaxDeg = 45.0, anomalous = true });
        var a = Row(body, 1, -1, 2).GetProperty("f2").GetDouble();
        var b = Row(body, 1, 0, -2).GetProperty("f2").GetDouble();
        Assert.Equal(1, a / 41327.58, 1e-2);
        Assert.Equal(1, b / 41509.35, 1e-2);
        Assert.NotEqual(a, b);
        Assert.Equal(3, body.GetProperty("defaultHkl").GetArrayLength());
    }

    [Fact]
    public async Task Energy_too_low_for_any_reflection_is_422_naming_the_energy_needed()
    {
        var (status, body) = await PostAsync(new { crystal = new { builtin = "Si" }, energyKeV = 3.0, twoThetaMaxDeg = 45.0 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("keV", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Inverted_window_is_a_400()
    {
        var (status, _) = await PostAsync(new { crystal = new { builtin = "Si" }, energyKeV = 17.0, twoThetaMinDeg = 40.0, twoThetaMaxDeg = 20.0 });
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }
}

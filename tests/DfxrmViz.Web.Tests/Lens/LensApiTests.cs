using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DfxrmViz.Web.Tests.Api;

namespace DfxrmViz.Web.Tests.Lens;

public class LensApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    // docs/physics.md §9 / check-api.py: id06 at 17 keV, 2θ = 11.161381674768602°, d_tot′ = 5000 mm: δ(Be) 1.1761e-6 ± 0.5 %,
    // d1 ≈ 208.974 mm ± 0.4 % (not the old tool's 210.3), A ≈ −17.017 ± 0.4 %, dL = 147.2 mm.
    [Fact]
    public async Task Id06_at_17_keV_gives_the_correct_imaging_solution()
    {
        var response = await _client.PostAsJsonAsync(new Uri("/api/v1/lens", UriKind.Relative),
            new { lens = new { builtin = "id06" }, energyKeV = 17.0, twoThetaDeg = 11.161381674768602, dTotPrimeMm = 5000.0 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var r = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, r.GetProperty("deltaLens").GetDouble() / 1.17609e-6, 5e-3);
        Assert.Equal(1, r.GetProperty("d1Mm").GetDouble() / 208.974, 4e-3);
        Assert.Equal(1, r.GetProperty("magnification").GetDouble() / -17.017, 4e-3);
        Assert.Equal(147.2, r.GetProperty("dLMm").GetDouble(), 1e-9);
        Assert.Equal(5000.0, r.GetProperty("dTotPrimeMm").GetDouble(), 1e-9);
    }

    [Fact]
    public async Task Too_short_a_distance_is_422_with_the_shortest_that_works()
    {
        var response = await _client.PostAsJsonAsync(new Uri("/api/v1/lens", UriKind.Relative),
            new { lens = new { builtin = "id06" }, energyKeV = 17.0, twoThetaDeg = 11.16, dTotPrimeMm = 50.0 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("shortest", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Broken_lens_text_names_line_and_key()
    {
        var response = await _client.PostAsJsonAsync(new Uri("/api/v1/lens", UriKind.Relative),
            new { lens = new { text = "[lens_series_0]\nradius_of_curvature_in_µm = -5\n" }, energyKeV = 17.0, twoThetaDeg = 11.16, dTotPrimeMm = 5000.0 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var p = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, p.GetProperty("line").GetInt32());
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DfxrmViz.Core.Crystal;
using DfxrmViz.Web.Tests.Api;

namespace DfxrmViz.Web.Tests.Planning;

/// <summary>docs/api.md: the single endpoints give the same numbers as POST /api/v1/plan for the same inputs, digit for digit
/// (same JSON text of every number), for every built-in crystal.</summary>
public class PlanParityTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Crystals() => [.. CrystalLibrary.List().Select(e => e.Id)];

    [Theory]
    [MemberData(nameof(Crystals))]
    public async Task Every_single_endpoint_gives_the_plans_digits(string id)
    {
        // 2θ ≤ 25° keeps the reachability of every listed class (computed for the plan) quick for the largest cells.
        var crystal = new { builtin = id };
        var plan = await PostAsync("/api/v1/plan", new { plan = new { crystal, energyKeV = 17.0, twoThetaMaxDeg = 25.0 } });
        Assert.Equal(Raw(plan.GetProperty("crystal")), Raw(await PostAsync("/api/v1/crystal", new { crystal })));

        var attenuation = await PostAsync("/api/v1/attenuation", new { crystal, energiesKeV = new[] { 17.0 }, thicknessesUm = new[] { 150.0 } });
        var a = plan.GetProperty("attenuation");
        Assert.Equal(Raw(a.GetProperty("attenuationLengthUm")), Raw(attenuation.GetProperty("attenuationLengthUm")[0]));
        Assert.Equal(Raw(a.GetProperty("transmission")), Raw(attenuation.GetProperty("transmission")[0][0]));

        var reflections = (await PostAsync("/api/v1/reflections", new { crystal, energyKeV = 17.0, twoThetaMaxDeg = 25.0 })).GetProperty("reflections");
        var rows = plan.GetProperty("reflections");
        Assert.Equal(reflections.GetArrayLength(), rows.GetArrayLength());
        for (var i = 0; i < rows.GetArrayLength(); i++)
        {
            foreach (var field in new[] { "hkl", "dA", "twoThetaDeg", "f2", "relativeIntensityPercent", "multiplicity", "equivalents", "absent" })
            {
                Assert.Equal(Raw(reflections[i].GetProperty(field)), Raw(rows[i].GetProperty(field)));
            }
        }

        if (plan.GetProperty("selectedHkl").ValueKind != JsonValueKind.Array)
        {
            return; // no reflection in the window: nothing below to compare
        }
        var hkl = plan.GetProperty("selectedHkl").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var orientation = plan.GetProperty("orientation");
        if (orientation.TryGetProperty("problem", out _))
        {
            return;
        }
        Assert.Equal(Raw(orientation), Raw(await PostAsync("/api/v1/orientation", new { crystal, energyKeV = 17.0, hkl })));

        var twoTheta = orientation.GetProperty("twoThetaDeg").GetDouble();
        var lens = plan.GetProperty("lens");
        if (!lens.TryGetProperty("problem", out _))
        {
            Assert.Equal(Raw(lens), Raw(await PostAsync("/api/v1/lens", new { lens = new { builtin = "id06" }, energyKeV = 17.0, twoThetaDeg = twoTheta, dTotPrimeMm = 5000.0 })));
        }
    }

    [Fact]
    public async Task The_normalised_plan_gives_the_same_results()
    {
        var first = await PostAsync("/api/v1/plan", new { plan = new { crystal = new { builtin = "LiNbO3" }, hkl = new[] { 1, -1, 2 } } });
        var again = await PostAsync("/api/v1/plan", new { plan = first.GetProperty("plan") });
        Assert.Equal(Raw(first), Raw(again));
    }

    [Theory]
    [InlineData("""{"plan": {"crystal": {"builtin": "LiNbO3"}, "sampleUm": {"thickness": "x"}}}""", "plan.sampleUm.thickness")]
    [InlineData("""{"plan": {"version": 7, "crystal": {"builtin": "LiNbO3"}}}""", "plan.version")]
    [InlineData("""{"plan": {"energyKeV": 17}}""", "plan.crystal")]
    [InlineData("""{"plan": {"crystal": {"builtin": "Nope"}}}""", "plan.crystal.builtin")]
    [InlineData("""{"plan": {"crystal": {"builtin": "LiNbO3"}, "goniometer": "nope"}}""", "plan.goniometer")]
    [InlineData("""{"plan": {"crystal": {"builtin": "LiNbO3"}, "limitsDeg": {"kappa": [0, 1]}}}""", "plan.limitsDeg.kappa")]
    [InlineData("""{"plan": {"crystal": {"builtin": "LiNbO3"}, "energyKeV": Infinity}}""", "body")]
    [InlineData("""{"plan": {"crystal": {"cif": "data_x\n_cell_length_a 5.4x3\n"}}}""", "plan.crystal.cif")]
    [InlineData("""{"plan": {"crystal": {"builtin": "LiNbO3"}}, "extra": 1}""", "extra")]
    public async Task Plans_that_are_not_well_formed_are_400_naming_the_path(string body, string field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await _client.PostAsync(new Uri("/api/v1/plan", UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _), text);
    }

    [Fact]
    public async Task A_physically_impossible_plan_is_200_with_the_problem_stated()
    {
        // Si at 1.5 keV: λ = 8.27 Å > 2 d(111) (docs/physics.md §4).
        var r = await PostAsync("/api/v1/plan", new { plan = new { crystal = new { builtin = "Si" }, energyKeV = 1.5 } });
        Assert.Contains("needs E ≥", r.GetProperty("reflectionsProblem").GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.Equal("problem", r.GetProperty("preflight").EnumerateArray().First(p => p.GetProperty("check").GetString() == "reachability").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, r.GetProperty("selectedHkl").ValueKind);
    }

    private async Task<JsonElement> PostAsync(string path, object body)
    {
        var response = await _client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static string Raw(JsonElement e) => e.GetRawText();
}

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DfxrmViz.Core.Data;
using DfxrmViz.Web.Tests.Api;

namespace DfxrmViz.Web.Tests.Reflections;

/// <summary>POST /api/v1/reflections answers byte for byte what it answered before the response writer and the table
/// stage were made faster: Golden/*.response.json were written by the app at commit 65c875e (reflection-based
/// System.Text.Json, table enumerated on every request) for the request next to each; a request's <c>"cif": "@name"</c> is
/// the built-in file Data/Crystals/name.</summary>
public class ReflectionsGoldenTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Cases() =>
    [
        "pzt-cif-17kev-no-anomalous",
        "linbo3-cif-17kev-anomalous-with-absences",
        "si-builtin-80kev-clipped-window",
        "quartz-cif-wk-8kev",
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Response_bytes_equal_the_golden_file(string name)
    {
        var expected = await File.ReadAllBytesAsync(GoldenPath(name + ".response.json"));
        var body = Request(name);
        // Twice: the first answer computes the table, the second may come from the stage memo; both must be the same bytes.
        for (var i = 0; i < 2; i++)
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await _client.PostAsync(new Uri("/api/v1/reflections", UriKind.Relative), content);
            var actual = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
            Assert.True(expected.AsSpan().SequenceEqual(actual), FirstDifference(name, expected, actual));
        }
    }

    private static string Request(string name)
    {
        var request = JsonNode.Parse(File.ReadAllText(GoldenPath(name + ".request.json")))!.AsObject();
        if (request["crystal"]?["cif"]?.GetValue<string>() is { } cif && cif.StartsWith('@'))
        {
            request["crystal"]!["cif"] = EmbeddedData.ReadText("Crystals/" + cif[1..]);
        }
        return request.ToJsonString();
    }

    private static string GoldenPath(string file) => Path.Combine(AppContext.BaseDirectory, "Reflections", "Golden", file);

    private static string FirstDifference(string name, byte[] expected, byte[] actual)
    {
        var i = expected.AsSpan().CommonPrefixLength(actual);
        string Around(byte[] b) => Encoding.UTF8.GetString(b, Math.Max(0, i - 60), Math.Min(b.Length, i + 60) - Math.Max(0, i - 60));
        return $"{name}: {actual.Length} bytes against {expected.Length}, first difference at byte {i}: golden …{Around(expected)}… got …{Around(actual)}…";
    }
}

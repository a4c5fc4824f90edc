using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DfxrmViz.Core.Planning;
using DfxrmViz.Web.Components.Viewer;
using DfxrmViz.Web.Tests.Api;

namespace DfxrmViz.Web.Tests.Viewer;

/// <summary>The prerendered page carries the scene of its plan for the first frame (Components/Viewer/ViewerBoot.cs): as data in
/// the viewer stage's data-boot attribute, keyed so that the circuit knows the viewer holds it, with the bundle preloaded
/// and loaded by a module script of this origin (no inline script, CSP script-src 'self').</summary>
public partial class ViewerBootTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_example_page_carries_the_scene_the_circuit_computes()
    {
        var html = await _client.GetStringAsync("/");
        var boot = JsonNode.Parse(WebUtility.HtmlDecode(DataBoot().Match(html).Groups[1].Value))!.AsObject();

        // The circuit computes the example's scene in its quick phase, as the prerender did: same JSON, same key.
        var scene = new PlanPipeline().ComputeQuick(Plan.Example).Scene.Value!;
        var json = ViewerBoot.SceneJsonOf(scene);
        Assert.Equal(ViewerBoot.Key(json), boot["key"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), boot["scene"]), "data-boot scene = the scene's JSON");
        Assert.True(boot["scene"]!["reset"]!.GetValue<bool>());
        Assert.Equal(scene.Nodes.Count, boot["scene"]!["added"]!.AsArray().Count);
        Assert.Equal("orthographic", boot["projection"]!.GetValue<string>());
        Assert.Null(boot["camera"]);

        Assert.Contains("<link rel=\"modulepreload\" href=\"js/viewer.js\">", html, StringComparison.Ordinal);
        Assert.Matches("<script type=\"module\" src=\"js/viewer-boot[.a-z0-9]*js\"></script>", html);
        Assert.Equal(Regex.Count(html, "<script"), Regex.Count(html, "<script[^>]* src=\"")); // none inline
    }

    [Fact]
    public async Task A_plan_with_a_camera_starts_the_first_frame_from_it()
    {
        var camera = new CameraState(new(1, 2, 30), new(0, 1, 0), new(0, 1, 0), 2.5);
        var plan = Plan.Example with { View = Plan.Example.View with { Camera = camera, Projection = Projection.Perspective } };
        var html = await _client.GetStringAsync("/?plan=" + PlanAddress.Encode(plan));
        var boot = JsonNode.Parse(WebUtility.HtmlDecode(DataBoot().Match(html).Groups[1].Value))!.AsObject();
        Assert.Equal("perspective", boot["projection"]!.GetValue<string>());
        Assert.Equal([1.0, 2.0, 30.0], boot["camera"]!["position"]!.AsArray().Select(n => n!.GetValue<double>()));
        Assert.Equal(2.5, boot["camera"]!["zoom"]!.GetValue<double>());
    }

    [GeneratedRegex("data-boot=\"([^\"]*)\"")]
    private static partial Regex DataBoot();
}

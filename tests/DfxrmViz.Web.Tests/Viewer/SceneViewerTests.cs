using System.Text.Json;
using Bunit;
using DfxrmViz.Core.Numerics;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Scene;
using DfxrmViz.Core.Tests.Scene;
using DfxrmViz.Web.Components.Viewer;
using DfxrmViz.Web.Tests.Components;

namespace DfxrmViz.Web.Tests.Viewer;

/// <summary>The component's calls of the viewer module through <see cref="ViewerInterop"/>: one diff per changed scene with only
/// the changed nodes, projection and camera forwarded, the module disposed with the component.</summary>
public class SceneViewerTests
{
    private static readonly SceneModel First = SceneBuilder.Build(SceneScenario.LiNbO3("esrf-dfxm", solution: 0));
    private static readonly SceneModel Turned = SceneBuilder.Build(SceneScenario.LiNbO3("esrf-dfxm", solution: 1));

    [Fact]
    public async Task Sends_the_whole_scene_once_then_only_what_changed()
    {
        await using var ctx = MudContext.Create();
        var viewer = SetUp(ctx, webgl: true);
        var cut = ctx.Render<SceneViewer>(p => p.Add(c => c.Scene, First));
        cut.WaitForAssertion(() => Assert.Single(viewer.Invocations["applyDiff"]));
        var full = Diff(viewer, 0);
        Assert.True(full.GetProperty("reset").GetBoolean());
        Assert.Equal(First.Nodes.Count, full.GetProperty("added").GetArrayLength());
        Assert.Contains(Names(full, "added"), n => n == "unit-cell atoms Nb");

        cut.Render(p => p.Add(c => c.Scene, Turned));
        cut.WaitForAssertion(() => Assert.Equal(2, viewer.Invocations["applyDiff"].Count));
        var change = Diff(viewer, 1);
        Assert.False(change.GetProperty("reset").GetBoolean());
        Assert.Contains("unit-cell", Names(change, "updated"));
        Assert.DoesNotContain("unit-cell atoms Nb", Names(change, "updated"));
        Assert.True(((string)viewer.Invocations["applyDiff"][1].Arguments[0]!).Length < ((string)viewer.Invocations["applyDiff"][0].Arguments[0]!).Length / 3);

        // An equal scene (rebuilt) sends nothing.
        cut.Render(p => p.Add(c => c.Scene, SceneBuilder.Build(SceneScenario.LiNbO3("esrf-dfxm", solution: 1))));
        cut.Render(p => p.Add(c => c.Scene, Turned));
        Assert.Equal(2, viewer.Invocations["applyDiff"].Count);
    }

    [Fact]
    public async Task A_viewer_that_drew_the_prerendered_scene_gets_only_what_changed_since()
    {
        await using var ctx = MudContext.Create();
        var viewer = SetUp(ctx, webgl: true, held: ViewerBoot.Key(ViewerBoot.SceneJsonOf(First)));
        var cut = ctx.Render<SceneViewer>(p => p.Add(c => c.Scene, First));
        cut.WaitForAssertion(() => Assert.Single(viewer.Invocations["sceneKey"]));
        Assert.Empty(viewer.Invocations["applyDiff"]);

        cut.Render(p => p.Add(c => c.Scene, Turned));
        cut.WaitForAssertion(() => Assert.Single(viewer.Invocations["applyDiff"]));
        var change = Diff(viewer, 0);
        Assert.False(change.GetProperty("reset").GetBoolean());
        Assert.Contains("unit-cell", Names(change, "updated"));
        Assert.DoesNotContain("unit-cell atoms Nb", Names(change, "updated"));
    }

    [Fact]
    public async Task A_viewer_holding_another_scene_gets_the_whole_scene()
    {
        await using var ctx = MudContext.Create();
        var viewer = SetUp(ctx, webgl: true, held: ViewerBoot.Key(ViewerBoot.SceneJsonOf(Turned)));
        var cut = ctx.Render<SceneViewer>(p => p.Add(c => c.Scene, First));
        cut.WaitForAssertion(() => Assert.Single(viewer.Invocations["applyDiff"]));
        Assert.True(Diff(viewer, 0).GetProperty("reset").GetBoolean());
        Assert.Equal(First.Nodes.Count, Diff(viewer, 0).GetProperty("added").GetArrayLength());
    }

    [Fact]
    public async Task Forwards_projection_and_outside_camera_but_not_its_own_camera_back()
    {
        await using var ctx = MudContext.Create();
        var viewer = SetUp(ctx, webgl: true);
        CameraState? reported = null;
        var cut = ctx.Render<SceneViewer>(p => p.Add(c => c.Scene, First).Add(c => c.CameraChanged, s => reported = s));
        cut.WaitForAssertion(() => Assert.Single(viewer.Invocations["applyDiff"]));

        await cut.InvokeAsync(() => cut.Instance.OnCameraChanged("""{"position":[1,2,3],"target":[0,0,0],"up":[0,1,0],"zoom":1.5}"""));
        Assert.Equal(new CameraState(new Vec3(1, 2, 3), Vec3.Zero, Vec3.UnitY, 1.5), reported);
        cut.Render(p => p.Add(c => c.View, ViewOptions.Default with { Camera = reported, Projection = Projection.Perspective }));
        cut.WaitForAssertion(() => Assert.Equal("perspective", viewer.Invocations["setProjection"].Single().Arguments[0]));
        Assert.Empty(viewer.Invocations["setCamera"]);

        var shared = new CameraState(new Vec3(0, 0, 9), Vec3.Zero, Vec3.UnitY, 2);
        cut.Render(p => p.Add(c => c.View, ViewOptions.Default with { Camera = shared, Projection = Projection.Perspective }));
        cut.WaitForAssertion(() => Assert.Single(viewer.Invocations["setCamera"]));
    }

    [Fact]
    public async Task Without_WebGL_shows_the_message_and_creates_no_viewer()
    {
        await using var ctx = MudContext.Create();
        var module = ctx.JSInterop.SetupModule(ViewerInterop.ModulePath);
        module.Setup<bool>("webglAvailable").SetResult(false);
        var cut = ctx.Render<SceneViewer>(p => p.Add(c => c.Scene, First));
        cut.WaitForAssertion(() => Assert.Contains("cannot draw the 3D view", cut.Find("#viewer-no-webgl").TextContent, StringComparison.Ordinal));
        Assert.Empty(module.Invocations["createViewer"]);
    }

    [Fact]
    public async Task Disposing_the_component_disposes_the_viewer()
    {
        await using var ctx = MudContext.Create();
        var viewer = SetUp(ctx, webgl: true);
        var cut = ctx.Render<SceneViewer>(p => p.Add(c => c.Scene, First));
        cut.WaitForAssertion(() => Assert.Single(viewer.Invocations["applyDiff"]));
        await ctx.DisposeComponentsAsync();
        Assert.Single(viewer.Invocations["dispose"]);
    }

    [Fact]
    public async Task A_closed_tab_that_never_answers_the_viewer_dispose_does_not_hold_the_circuit_disposal()
    {
        await using var ctx = MudContext.Create();
        var viewer = SetUp(ctx, webgl: true, answerDispose: false);
        var cut = ctx.Render<SceneViewer>(p => p.Add(c => c.Scene, First));
        cut.WaitForAssertion(() => Assert.Single(viewer.Invocations["applyDiff"]));

        // Ends after ViewerInterop.DisposeTimeout; the bound here only turns a hang into a failure.
        await ctx.DisposeComponentsAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Single(viewer.Invocations["dispose"]);
    }

    private static BunitJSModuleInterop SetUp(BunitContext ctx, bool webgl, string? held = null, bool answerDispose = true)
    {
        var module = ctx.JSInterop.SetupModule(ViewerInterop.ModulePath);
        module.Setup<bool>("webglAvailable").SetResult(webgl);
        var viewer = module.SetupModule("createViewer", _ => true);
        viewer.Setup<int>("applyDiff", _ => true).SetResult(1);
        viewer.Setup<string?>("sceneKey").SetResult(held);
        viewer.SetupVoid("setProjection", _ => true).SetVoidResult();
        viewer.SetupVoid("setCamera", _ => true).SetVoidResult();
        var dispose = viewer.SetupVoid("dispose");
        if (answerDispose)
        {
            dispose.SetVoidResult();
        }
        return viewer;
    }

    private static JsonElement Diff(BunitJSModuleInterop viewer, int call) =>
        JsonDocument.Parse((string)viewer.Invocations["applyDiff"][call].Arguments[0]!).RootElement;

    private static List<string> Names(JsonElement diff, string list) =>
        [.. diff.GetProperty(list).EnumerateArray().Select(n => n.GetProperty("name").GetString()!)];
}

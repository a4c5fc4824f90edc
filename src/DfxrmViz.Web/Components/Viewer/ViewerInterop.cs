using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Scene;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace DfxrmViz.Web.Components.Viewer;

/// <summary>Typed wrapper of the viewer module (wwwroot/js/viewer.js, bundled from src/DfxrmViz.Viewer/src): one method per JS
/// function, in the style of MudBlazor's Interop classes. Owned and disposed by <see cref="SceneViewer"/>.</summary>
public sealed class ViewerInterop(IJSRuntime js) : IAsyncDisposable
{
    /// <summary>Path of the bundled module.</summary>
    public const string ModulePath = "./js/viewer.js";

    /// <summary>Largest PNG snapshot read back (a 4K canvas is about 10 MB).</summary>
    public const long MaxSnapshotBytes = 40_000_000;

    private IJSObjectReference? _module;
    private IJSObjectReference? _viewer;

    /// <summary>Whether a viewer was created (false without WebGL or before <see cref="CreateAsync{T}"/>).</summary>
    public bool IsCreated => _viewer is not null;

    /// <summary>JS <c>webglAvailable()</c>.</summary>
    public async ValueTask<bool> WebGlAvailableAsync() => await (await Module()).InvokeAsync<bool>("webglAvailable");

    /// <summary>JS <c>createViewer(stage, canvas, dotnet, options)</c>: adopts the viewer the prerendered page drew (its canvas
    /// and camera) or makes one; the viewer calls <c>OnCameraChanged(json)</c> on <paramref name="callbacks"/> when the user
    /// has moved the camera.</summary>
    public async ValueTask CreateAsync<T>(ElementReference stage, ElementReference canvas, DotNetObjectReference<T> callbacks, Projection projection,
        CameraState? camera) where T : class
    {
        var options = new { projection = ProjectionName(projection), camera = camera is null ? null : CameraJson.ToJs(camera) };
        _viewer = await (await Module()).InvokeAsync<IJSObjectReference>("createViewer", stage, canvas, callbacks, options);
    }

    /// <summary>JS <c>applyDiff(json)</c>: returns the number of nodes the viewer holds.</summary>
    public ValueTask<int> ApplyDiffAsync(SceneDiff diff) => Viewer.InvokeAsync<int>("applyDiff", SceneJson.Write(diff));

    /// <summary>JS <c>sceneKey()</c>: the <see cref="ViewerBoot.Key"/> of the prerendered scene the viewer draws (it was drawn
    /// before the circuit and adopted by <see cref="CreateAsync{T}"/>), or null.</summary>
    public ValueTask<string?> SceneKeyAsync() => Viewer.InvokeAsync<string?>("sceneKey");

    /// <summary>JS <c>preset(name)</c>: reset, beam, side, above, q, a, b, c.</summary>
    public ValueTask PresetAsync(string name) => Viewer.InvokeVoidAsync("preset", name);

    /// <summary>JS <c>setProjection(name)</c>.</summary>
    public ValueTask SetProjectionAsync(Projection projection) => Viewer.InvokeVoidAsync("setProjection", ProjectionName(projection));

    /// <summary>JS <c>setCamera(state)</c>.</summary>
    public ValueTask SetCameraAsync(CameraState camera) => Viewer.InvokeVoidAsync("setCamera", CameraJson.ToJs(camera));

    /// <summary>JS <c>camera()</c>.</summary>
    public async ValueTask<CameraState?> CameraAsync() => CameraJson.Read(await Viewer.InvokeAsync<System.Text.Json.JsonElement>("camera"));

    /// <summary>JS <c>snapshotBytes()</c>: the current view as PNG, streamed (not limited by the 32 KB message size).</summary>
    public async ValueTask<byte[]> SnapshotPngAsync()
    {
        var reference = await Viewer.InvokeAsync<IJSStreamReference>("snapshotBytes");
        await using var stream = await reference.OpenReadStreamAsync(MaxSnapshotBytes);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    /// <summary>Longest the clean-up of <see cref="DisposeAsync"/> waits for the browser.</summary>
    public static readonly TimeSpan DisposeTimeout = TimeSpan.FromSeconds(2);

    /// <summary>JS <c>dispose()</c>, then the module. Bounded by <see cref="DisposeTimeout"/>: a tab that was closed (its
    /// disconnect beacon arrives while the connection still stands, Blazor's boot script sends it on pagehide) never answers,
    /// and without the bound the circuit's disposal, and the memory it holds, would wait for the JS interop timeout or
    /// forever. A closed circuit (JSDisconnectedException), a timeout or a failing page script leave nothing to free here.</summary>
    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(DisposeTimeout);
        try
        {
            if (_viewer is not null)
            {
                await _viewer.InvokeVoidAsync("dispose", timeout.Token).AsTask().WaitAsync(timeout.Token);
                await _viewer.DisposeAsync().AsTask().WaitAsync(timeout.Token);
            }
            if (_module is not null)
            {
                await _module.DisposeAsync().AsTask().WaitAsync(timeout.Token);
            }
        }
        catch (Exception ex) when (ex is JSDisconnectedException or OperationCanceledException or JSException)
        {
            // The browser is gone or did not answer in time: nothing left to free on its side.
        }
        _viewer = null;
        _module = null;
    }

    private IJSObjectReference Viewer => _viewer ?? throw new InvalidOperationException("The viewer has not been created.");

    private async ValueTask<IJSObjectReference> Module() => _module ??= await js.InvokeAsync<IJSObjectReference>("import", ModulePath);

    private static string ProjectionName(Projection p) => p == Projection.Perspective ? "perspective" : "orthographic";
}

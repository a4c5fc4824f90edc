using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Scene;
using DfxrmViz.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace DfxrmViz.Web.Components.Viewer;

/// <summary>The 3D view: draws a <see cref="SceneModel"/> with the viewer module and sends only what changed (diff by node
/// name); the camera stays where the user left it and is reported through <see cref="CameraChanged"/>.</summary>
public sealed partial class SceneViewer
{
    /// <summary>One show/hide toggle of the toolbar, a flag of <see cref="ViewOptions"/>.</summary>
    public sealed record Toggle(string Id, string Title, Func<ViewOptions, bool> Get, Func<ViewOptions, bool, ViewOptions> Set);

    public static readonly IReadOnlyList<Toggle> Toggles =
    [
        new("cell", "Cell", v => v.ShowCell, (v, on) => v with { ShowCell = on }),
        new("lens", "Lens", v => v.ShowLens, (v, on) => v with { ShowLens = on }),
        new("goniometer", "Goniometer", v => v.ShowGoniometer, (v, on) => v with { ShowGoniometer = on }),
        new("beams", "Beams", v => v.ShowBeams, (v, on) => v with { ShowBeams = on }),
        new("labels", "Labels", v => v.ShowLabels, (v, on) => v with { ShowLabels = on }),
    ];

    private ElementReference _stage;
    private ElementReference _canvas;
    private ViewerInterop? _interop;
    private DotNetObjectReference<SceneViewer>? _self;
    private SceneModel? _sent;
    private Projection _sentProjection;
    private CameraState? _cameraFromViewer;
    private bool _noWebGl;
    private Task? _pushing;
    private string? _boot;
    private (ValueList<SceneView>? Views, ViewOptions View, bool NoWebGl, string? Boot)? _rendered;

    [Inject] private IJSRuntime JS { get; set; } = null!;

    /// <summary>Set only while the page is prerendered (null in the circuit): the stage then carries the scene for the first frame.</summary>
    [CascadingParameter] private HttpContext? Prerendering { get; set; }

    [Inject] private FileDownloader Downloads { get; set; } = null!;

    /// <summary>The scene to draw (null: nothing yet).</summary>
    [Parameter] public SceneModel? Scene { get; set; }

    /// <summary>The plan's view options (projection, toggles, camera).</summary>
    [Parameter] public ViewOptions View { get; set; } = ViewOptions.Default;

    /// <summary>Raised after the user moved the camera (orbit, pan, zoom, preset).</summary>
    [Parameter] public EventCallback<CameraState> CameraChanged { get; set; }

    /// <summary>Raised when a toolbar toggle or the projection button changes the view options.</summary>
    [Parameter] public EventCallback<ViewOptions> ViewChanged { get; set; }

    /// <summary>A new scene, projection or outside camera goes to the viewer right after this render's batch: the call is
    /// queued on the circuit's dispatcher behind the render, so it leaves just after the batch on the same connection and the
    /// browser applies the page's numbers before it starts the 3D work (which took 150–300 ms of the main thread in headless
    /// Chromium's SwiftShader and, sent before the batch, held every key number back by as much — tools/measure/edit-trace.mjs).
    /// It does not wait for the batch's round trip (the client acknowledging), as a push from OnAfterRender would.</summary>
    protected override void OnParametersSet()
    {
        _boot = Prerendering is not null && Scene is { } scene ? ViewerBoot.Data(scene, View) : null;
        if (_interop is { IsCreated: true })
        {
            var push = PushAfterBatchAsync();
            _pushing = _pushing is { } earlier ? Task.WhenAll(earlier, push) : push;
        }
    }

    /// <summary>The toolbar and stage show only the presets, the view options and the boot data: a new scene with the same
    /// presets (every energy edit) re-renders none of its buttons, so the batch that carries the key numbers stays small.</summary>
    protected override bool ShouldRender()
    {
        var shown = (Scene?.Views, View, _noWebGl, _boot);
        if (Equals(shown, _rendered))
        {
            return false;
        }
        _rendered = shown;
        return true;
    }

    private async Task PushAfterBatchAsync()
    {
        await Task.Yield(); // the renderer's synchronization context: runs after the render (and the batch it sends) is done
        try
        {
            await PushAsync();
        }
#pragma warning disable CA1031 // Handed to the component's error boundary, as a failure in a lifecycle method is (the 3D view's message).
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await DispatchExceptionAsync(ex);
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _interop = new ViewerInterop(JS);
            if (!await _interop.WebGlAvailableAsync())
            {
                _noWebGl = true;
                StateHasChanged();
                return;
            }
            _self = DotNetObjectReference.Create(this);
            await _interop.CreateAsync(_stage, _canvas, _self, View.Projection, View.Camera);
            _sentProjection = View.Projection;
            if (Scene is { } scene && await _interop.SceneKeyAsync() is { } held && held == ViewerBoot.Key(ViewerBoot.SceneJsonOf(scene)))
            {
                _sent = scene; // drawn from the prerendered page already: nothing to send, nothing redrawn
            }
        }
        // A push started by OnParametersSet (it hands its own failure to the error boundary).
        if (_pushing is { } pushing)
        {
            _pushing = null;
            await pushing;
        }
        await PushAsync(); // what arrived while the viewer was being created (nothing to send otherwise)
    }

    /// <summary>Sends the diff to the last scene sent, the projection and an outside camera change (a shared link, a room).</summary>
    private async Task PushAsync()
    {
        if (_interop is not { IsCreated: true } interop)
        {
            return;
        }
        if (Scene is { } scene && !ReferenceEquals(scene, _sent))
        {
            var diff = SceneDiff.Between(_sent, scene);
            _sent = scene;
            if (!diff.IsEmpty)
            {
                await interop.ApplyDiffAsync(diff);
            }
        }
        if (View.Projection != _sentProjection)
        {
            _sentProjection = View.Projection;
            await interop.SetProjectionAsync(View.Projection);
        }
        if (View.Camera is { } camera && camera != _cameraFromViewer)
        {
            _cameraFromViewer = camera;
            await interop.SetCameraAsync(camera);
        }
    }

    /// <summary>Called by the viewer module when the user has moved the camera.</summary>
    [JSInvokable]
    public async Task OnCameraChanged(string json)
    {
        if (CameraJson.Read(json) is { } camera)
        {
            _cameraFromViewer = camera;
            await CameraChanged.InvokeAsync(camera);
        }
    }

    private async Task PresetAsync(string name)
    {
        if (_interop is { IsCreated: true } interop)
        {
            await interop.PresetAsync(name);
        }
    }

    private Task ToggleProjectionAsync() =>
        ViewChanged.InvokeAsync(View with { Projection = View.Projection == Projection.Orthographic ? Projection.Perspective : Projection.Orthographic });

    private Task ToggleAsync(Toggle toggle, ChangeEventArgs e) => ViewChanged.InvokeAsync(toggle.Set(View, e.Value is true));

    private async Task DownloadSnapshotAsync()
    {
        if (_interop is { IsCreated: true } interop)
        {
            await Downloads.DownloadBytesAsync("dfxrmviz-view.png", await interop.SnapshotPngAsync(), "image/png");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_interop is not null)
        {
            await _interop.DisposeAsync();
        }
        _self?.Dispose();
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using DfxrmViz.Core.Units;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace DfxrmViz.LoadTest;

/// <summary>One simulated user: loads the planner page, starts its circuit the way blazor.web.js does (CircuitManager.ts:
/// StartCircuit, then UpdateRootComponents with the page's markers), acknowledges every render batch, answers the page's JS
/// calls like a browser with WebGL would, and changes the energy field (#energy-kev, docs/api.md "Page hooks") by dispatching
/// its "change" event; an edit ends with the first render batch that shows the wavelength λ = hc/E of the new energy in the
/// #wavelength-a field (its value, formatted as the field formats it).</summary>
public sealed class CircuitUser : IAsyncDisposable
{
    /// <summary>The input the users edit and the one whose new value ends an edit (docs/api.md "Page hooks").</summary>
    public const string EnergyField = "energy-kev";

    private const string WavelengthFormat = "0.######"; // InputPanel.razor: the wavelength field's Format

    private readonly Uri _base;
    private readonly HttpClient _http;
    private readonly string? _captureDir;
    private readonly FieldHandler _energy = new(EnergyField);
    private readonly Lock _lock = new();
    private HubConnection? _connection;
    private string? _circuitSecret;
    private long _rendererInterop;
    private long _nextCallId;
    private long _nextJsObjectId = 1;
    private bool _interactive;
    private int _batches;
    private bool _leaving;
    private bool _capturedInitial;
    private bool _capturedEdit;
    private string? _expected;
    private string? _editText;
    private long _editStarted;
    private TaskCompletionSource<double>? _edit;
    private TaskCompletionSource? _ready;

    public CircuitUser(Uri baseUri, HttpClient http, string? captureDir = null)
    {
        _base = baseUri;
        _http = http;
        _captureDir = captureDir;
    }

    /// <summary>Why the circuit failed (JS.Error, closed connection, a refused event), null while it is fine.</summary>
    public string? Failure { get; private set; }

    /// <summary>Receives one line per batch and JS call (diagnostics, LOADTEST_TRACE=1).</summary>
    public Action<string>? Trace { get; init; }

    /// <summary>Whether POST /_blazor/disconnect was answered within 5 s (the server answers once the circuit is disposed).</summary>
    public bool DisconnectAnswered { get; private set; }

    /// <summary>Render batches received so far.</summary>
    public int Batches
    {
        get
        {
            lock (_lock)
            {
                return _batches;
            }
        }
    }

    /// <summary>The energy in effect after the last completed edit.</summary>
    public double EnergyKeV { get; private set; } = 17;

    /// <summary>Loads the page and starts the circuit; completes once the energy field can take events.</summary>
    public async Task StartAsync(TimeSpan timeout, CancellationToken cancel)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        limit.CancelAfter(timeout);
        var html = await _http.GetStringAsync(_base, limit.Token);
        var markers = PageMarkers.ServerComponents(html);
        if (markers.Count == 0)
        {
            throw new InvalidOperationException($"GET {_base}: no Blazor server component markers in the page");
        }
        var state = PageMarkers.ServerState(html);

        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(_base, "_blazor"), HttpTransportType.WebSockets);
        builder.Services.AddSingleton<IHubProtocol>(new BlazorPackProtocol());
        _connection = builder.Build();
        _ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Register(_connection);
        await _connection.StartAsync(limit.Token);
        _circuitSecret = await _connection.InvokeAsync<string?>("StartCircuit", _base.AbsoluteUri, _base.AbsoluteUri, "[]", state, limit.Token)
            ?? throw new InvalidOperationException("StartCircuit returned no circuit id (the server refused the circuit)");
        await _connection.SendAsync("UpdateRootComponents", PageMarkers.AddOperations(markers), state, limit.Token);
        try
        {
            await _ready.Task.WaitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            lock (_lock)
            {
                throw new TimeoutException($"circuit not interactive within {timeout.TotalSeconds:0} s: {_batches} render batches, " +
                    $"#{EnergyField} change handler {(_energy.HandlerId == 0 ? "not seen" : "seen")}, #interactive {(_interactive ? "seen" : "not seen")}, " +
                    $"renderer interop {(_rendererInterop == 0 ? "not attached" : "attached")}");
            }
        }
    }

    /// <summary>Types <paramref name="energyKeV"/> into the energy field and commits it (change event); returns the
    /// milliseconds until the render batch that shows the matching wavelength.</summary>
    public async Task<double> EditEnergyAsync(double energyKeV, TimeSpan timeout, CancellationToken cancel)
    {
        var connection = _connection ?? throw new InvalidOperationException("not started");
        var text = energyKeV.ToString("0.####", CultureInfo.InvariantCulture);
        var expected = Photon.WavelengthA(double.Parse(text, CultureInfo.InvariantCulture)).ToString(WavelengthFormat, CultureInfo.InvariantCulture);
        var done = new TaskCompletionSource<double>(TaskCreationOptions.RunContinuationsAsynchronously);
        ulong handler;
        int component;
        lock (_lock)
        {
            if (Failure is { } failure)
            {
                throw new InvalidOperationException(failure);
            }
            handler = _energy.HandlerId;
            component = _energy.ComponentId;
            if (handler == 0)
            {
                throw new InvalidOperationException($"#{EnergyField} has no change handler (disposed and not replaced)");
            }
            _expected = expected;
            _editText = text;
            _edit = done;
            _editStarted = Stopwatch.GetTimestamp();
        }
        // WebRendererInteropMethods.ts dispatchEvent → DotNetObject.invokeMethodAsync('DispatchEventAsync', descriptor, args);
        // EventDelegator.ts: descriptor {eventHandlerId, eventName, eventFieldInfo {componentId, fieldValue}}; EventTypes.ts:
        // a change event's args are {value}.
        var args = new JsonArray(
            new JsonObject
            {
                ["eventHandlerId"] = handler,
                ["eventName"] = "change",
                ["eventFieldInfo"] = new JsonObject { ["componentId"] = component, ["fieldValue"] = text },
            },
            new JsonObject { ["value"] = text });
        var callId = Interlocked.Increment(ref _nextCallId).ToString(CultureInfo.InvariantCulture);
        await connection.SendAsync("BeginInvokeDotNetFromJS", callId, null, "DispatchEventAsync", _rendererInterop, args.ToJsonString(), cancel);
        try
        {
            var ms = await done.Task.WaitAsync(timeout, cancel);
            EnergyKeV = double.Parse(text, CultureInfo.InvariantCulture);
            return ms;
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"no render batch showed λ = {expected} Å within {timeout.TotalSeconds:0} s of setting E = {text} keV");
        }
        finally
        {
            lock (_lock)
            {
                _edit = null;
                _expected = null;
            }
        }
    }

    /// <summary>Leaves like a closed browser tab (Boot.Server.Common.ts: on pagehide the page sends the disconnect beacon,
    /// POST /_blazor/disconnect, and is gone): nothing answers JS calls any more, the beacon goes out and the connection
    /// closes without waiting for its answer.</summary>
    public async Task LeaveAsync(CancellationToken cancel)
    {
        lock (_lock)
        {
            _leaving = true;
        }
        Trace?.Invoke("leaving");
        Task<HttpResponseMessage>? beacon = null;
        MultipartFormDataContent? form = null;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        limit.CancelAfter(TimeSpan.FromSeconds(5));
        if (_circuitSecret is { } secret)
        {
            form = new MultipartFormDataContent { { new StringContent(secret), "circuitId" } };
            beacon = _http.PostAsync(new Uri(_base, "_blazor/disconnect"), form, limit.Token);
        }
        if (_connection is { } connection)
        {
            await connection.StopAsync(cancel);
        }
        if (beacon is not null)
        {
            try
            {
                using var response = await beacon;
                DisconnectAnswered = true;
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                DisconnectAnswered = false; // the server answers once the circuit is disposed
            }
            finally
            {
                form!.Dispose();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is { } connection)
        {
            await connection.DisposeAsync();
        }
    }

    private void Register(HubConnection connection)
    {
        connection.On<long, byte[]>("JS.RenderBatch", async (id, data) =>
        {
            string? error = null;
            try
            {
                OnBatch(data);
            }
            catch (FormatException ex)
            {
                error = ex.Message;
                Fail($"render batch {id}: {ex.Message}");
            }
            // RenderQueue.ts: every batch is acknowledged, with the error when it could not be applied.
            await connection.SendAsync("OnRenderCompleted", id, error);
        });
        // Microsoft.JSInterop.js beginInvokeJSFromDotNet(asyncHandle, identifier, argsJson, resultType, targetInstanceId, callType).
        connection.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)],
            args => OnJsCall(connection, (long)args[0]!, (string)args[1]!, (string?)args[2], (int)args[3]!));
        // RemoteJSRuntime.SendByteArray: a byte[] argument of a JS call (a plot update's UTF-8 JSON) arrives first, on its own;
        // the call's JSON names it by id. Nothing here reads it: a browser would hand it to the call.
        connection.On("JS.ReceiveByteArray", [typeof(int), typeof(byte[])], _ => Task.CompletedTask);
        connection.On<string?, bool, string?>("JS.EndInvokeDotNet", (callId, success, result) =>
        {
            if (!success)
            {
                Fail($"an event dispatch (call {callId}) failed on the server: {result}");
            }
        });
        connection.On<string>("JS.Error", error => Fail("the server ended the circuit: " + error));
        connection.Closed += error =>
        {
            lock (_lock)
            {
                if (!_leaving)
                {
                    Failure ??= "the connection closed" + (error is null ? "" : ": " + error.Message);
                    _edit?.TrySetException(new InvalidOperationException(Failure));
                    _ready?.TrySetException(new InvalidOperationException(Failure));
                }
            }
            return Task.CompletedTask;
        };
    }

    private void OnBatch(byte[] data)
    {
        var batch = RenderBatch.Parse(data);
        lock (_lock)
        {
            _batches++;
            if (Trace is not null && _captureDir is not null)
            {
                Capture($"trace-batch-{_batches}.bin", data);
            }
            Trace?.Invoke($"batch {_batches}: {data.Length} bytes, {batch.Diffs.Count} diffs, {batch.ReferenceFrames.Count} frames, ids " +
                string.Join(' ', batch.ReferenceFrames.Where(f => f is { Type: FrameType.Attribute, Name: "id" }).Select(f => f.Value).Take(12)));
            var hadHandler = _energy.HandlerId != 0;
            _energy.Observe(batch);
            if (!hadHandler && _energy.HandlerId != 0 && !_capturedInitial)
            {
                _capturedInitial = true;
                Capture("page-batch.bin", data); // the batch that brings the energy field (the whole page)
            }
            // MainLayout.razor renders <span id="interactive" hidden> after the circuit's first render; static markup like
            // this arrives as one Markup frame.
            _interactive |= batch.ReferenceFrames.Any(f => f is { Type: FrameType.Attribute, Name: "id", Value: "interactive" } ||
                (f.Type == FrameType.Markup && f.Value!.Contains("id=\"interactive\"", StringComparison.Ordinal)));
            if (_energy.HandlerId != 0 && _interactive && _rendererInterop != 0)
            {
                _ready?.TrySetResult();
            }
            if (_expected is { } expected && _edit is { } edit && batch.Shows(expected))
            {
                var ms = Stopwatch.GetElapsedTime(_editStarted).TotalMilliseconds;
                if (!_capturedEdit)
                {
                    _capturedEdit = true;
                    Capture("edit-batch.bin", data);
                    Capture("edit-batch.json", System.Text.Encoding.UTF8.GetBytes(
                        new JsonObject { ["energyKeV"] = _editText, ["wavelengthA"] = expected }.ToJsonString() + "\n"));
                }
                _edit = null;
                _expected = null;
                edit.TrySetResult(ms);
            }
        }
    }

    /// <summary>Answers a JS call like the page in a browser with WebGL: object references for imports and created objects,
    /// true for the viewer's WebGL check, null otherwise; the renderer's interop object is kept for event dispatch.</summary>
    private Task OnJsCall(HubConnection connection, long asyncHandle, string identifier, string? argsJson, int resultType)
    {
        string result;
        lock (_lock)
        {
            Trace?.Invoke($"JS call {asyncHandle} {identifier} (result type {resultType}) {argsJson?[..Math.Min(argsJson.Length, 200)]}");
            if (_leaving)
            {
                return Task.CompletedTask; // the page is gone: nothing answers
            }
            if (identifier == "Blazor._internal.attachWebRendererInterop" && argsJson is not null &&
                JsonNode.Parse(argsJson) is JsonArray a && a.Count > 1 && a[1]?["__dotNetObject"] is { } id)
            {
                _rendererInterop = (long)id;
            }
            // Microsoft.JSInterop.js createJSCallResult: JSCallResultType Default 0, JSObjectReference 1, JSStreamReference 2, JSVoidResult 3.
            result = resultType switch
            {
                1 => "{\"__jsObjectId\":" + (_nextJsObjectId++).ToString(CultureInfo.InvariantCulture) + "}",
                _ when identifier == "webglAvailable" => "true",
                _ when identifier == "applyDiff" => "0",
                _ => "null",
            };
        }
        if (asyncHandle == 0)
        {
            return Task.CompletedTask;
        }
        var handle = asyncHandle.ToString(CultureInfo.InvariantCulture);
        return resultType == 2
            ? connection.SendAsync("EndInvokeJSFromDotNet", asyncHandle, false, $"[{handle},false,\"streams are not simulated\"]")
            : connection.SendAsync("EndInvokeJSFromDotNet", asyncHandle, true, $"[{handle},true,{result}]");
    }

    private void Fail(string why)
    {
        lock (_lock)
        {
            Failure ??= why;
            _edit?.TrySetException(new InvalidOperationException(why));
            _ready?.TrySetException(new InvalidOperationException(why));
        }
    }

    private void Capture(string name, byte[] data)
    {
        if (_captureDir is not null)
        {
            Directory.CreateDirectory(_captureDir);
            File.WriteAllBytes(Path.Combine(_captureDir, name), data);
        }
    }
}

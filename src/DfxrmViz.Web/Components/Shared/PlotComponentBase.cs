using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using Plotly.Blazor;

namespace DfxrmViz.Web.Components.Shared;

/// <summary>Base of every Plotly plot: rebuild data and layout when the inputs change, then push them to plotly.js after the
/// render that hands them to the chart (calling React from OnParametersSet would push the previous values).</summary>
public abstract class PlotComponentBase : ComponentBase, IAsyncDisposable
{
    /// <summary>wwwroot/js/plot-update.js: plotly.js update() from one JSON string, once the chart is drawn.</summary>
    public const string UpdateModulePath = "./js/plot-update.js";

    /// <summary>Longest the circuit waits for plotly.js to take new data. Plotly.Blazor's call has no timeout of its own, and
    /// its chart's disposal waits for it: a tab closed mid-update (the disconnect beacon arrives while the connection still
    /// stands) never answers, and the circuit would never be released (./loadtest.sh saw every such circuit held).</summary>
    public static readonly TimeSpan ReactTimeout = TimeSpan.FromSeconds(10);

    // A NaN (no value) is written "NaN", which plotly.js draws as a gap, rather than failing the circuit's render.
    private static readonly JsonSerializerOptions UpdateJson = new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    private bool _stale;
    private IJSObjectReference? _updates;
    private bool _updatesFailed;
    private (object Data, object Layout, int[] Traces)? _move;

    [Inject] private IJSRuntime JS { get; set; } = null!;

    /// <summary>The chart (bind with <c>@ref="Chart"</c>).</summary>
    protected PlotlyChart? Chart { get; set; }

    /// <summary>Plain text for a Plotly title or annotation: plotly.js reads those as a subset of HTML (&lt;b&gt;, &lt;a href&gt;,
    /// &lt;br&gt;; plotly.js 2.x src/lib/svg_text_utils.js) and decodes entities, so a crystal name from a CIF is escaped.</summary>
    protected static string PlotText(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Call after rebuilding data or layout.</summary>
    protected void MarkStale()
    {
        _stale = true;
        _move = null;
    }

    /// <summary>Only a marker moved (the curves are the same objects): after the render, plotly.js's update() changes the given
    /// traces and layout paths in place instead of React resending every trace. A 2000-point curve serialised by Plotly.Blazor on
    /// every energy edit was a fifth of the server's CPU in ./loadtest.sh. A pending full redraw wins.</summary>
    /// <param name="dataUpdate">plotly.js restyle object for <paramref name="traces"/> (array values wrapped once per trace).</param>
    /// <param name="layoutUpdate">plotly.js relayout object (attribute paths such as <c>shapes[0].x0</c>).</param>
    /// <param name="traces">Indices of the traces <paramref name="dataUpdate"/> applies to.</param>
    /// <returns>False when a full redraw is pending (two parameter sets before one render): React then sends the chart's Data
    /// and Layout, so a plot that did not rebuild them for this move must rebuild them now.</returns>
    protected bool MarkMoved(object dataUpdate, object layoutUpdate, params int[] traces)
    {
        if (_stale)
        {
            return false;
        }
        _move = (dataUpdate, layoutUpdate, traces);
        return true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        var (stale, move) = (_stale, _move);
        (_stale, _move) = (false, null);
        if (firstRender || Chart is null || (!stale && move is null))
        {
            return;
        }
        using var timeout = new CancellationTokenSource(ReactTimeout);
        try
        {
            if (stale)
            {
                await Chart.React(timeout.Token);
            }
            else if (move is { } m && !await UpdatedInPlaceAsync(m.Data, m.Layout, m.Traces, timeout.Token))
            {
                await Chart.Update(m.Data, m.Layout, m.Traces, timeout.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or JSDisconnectedException)
        {
            // No answer in time or the circuit is gone: a page that is still there draws the data when its call arrives.
        }
    }

    /// <summary>One serialisation, sent as UTF-8 JSON to wwwroot/js/plot-update.js: Plotly.Blazor's Update serialised the arrays,
    /// parsed them back to JSON elements and the interop serialised those again (a tenth of the server's CPU under
    /// ./loadtest.sh). False when the module did not load or run: Plotly.Blazor's own Update from then on, slower but the
    /// same figure.</summary>
    private async Task<bool> UpdatedInPlaceAsync(object data, object layout, int[] traces, CancellationToken cancel)
    {
        if (_updatesFailed)
        {
            return false;
        }
        try
        {
            _updates ??= await JS.InvokeAsync<IJSObjectReference>("import", cancel, UpdateModulePath);
            // UTF-8 bytes: the interop sends a byte[] as binary beside the call; a string would be escaped into the call's JSON.
            var json = JsonSerializer.SerializeToUtf8Bytes(new { data, layout, traces }, UpdateJson);
            await _updates.InvokeVoidAsync("updateJson", cancel, Chart!.Id, json);
            return true;
        }
        catch (JSException)
        {
            _updatesFailed = true;
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_updates is not null)
        {
            try
            {
                await _updates.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone, and the module with it.
            }
        }
        GC.SuppressFinalize(this);
    }
}

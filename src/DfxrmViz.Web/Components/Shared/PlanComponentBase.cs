using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Planning;
using DfxrmViz.Web.Services;
using Microsoft.AspNetCore.Components;

namespace DfxrmViz.Web.Components.Shared;

/// <summary>Base of every component that shows a slice of the plan's results: subscribes to the session once, re-renders
/// only when its <see cref="Slice"/> changed, and unsubscribes when disposed. Edits go through <see cref="TryEdit"/>.
/// After a change the few components that show the key numbers (<see cref="RendersFirst"/>) render at once, in the batch
/// that answers the edit; every other one renders in a later batch of its own, behind the 3D view's diff (which
/// SceneViewer queues during the first render), so the numbers never wait for the sections, tables and plots around them.</summary>
public abstract class PlanComponentBase : ComponentBase, IDisposable
{
    private object? _slice;
    private bool _disposed;
    private PlanRenderPump? _pump;

    [Inject] protected PlanSession Session { get; set; } = null!;

    [Inject] private PlanRenderRegistry Renders { get; set; } = null!;

    /// <summary>The plan in effect.</summary>
    protected Plan Plan => Session.Plan;

    /// <summary>Its results.</summary>
    protected PlanResults Results => Session.Results;

    /// <summary>What this component shows (value-equal); a session change that leaves it equal renders nothing.</summary>
    protected abstract object? Slice { get; }

    /// <summary>True for a small component of key numbers: it renders in the first batch after a change.</summary>
    protected virtual bool RendersFirst => false;

    protected override void OnInitialized()
    {
        _slice = Slice;
        if (Renders.Pump is { } pump)
        {
            (_pump = pump).Add(this);
        }
        else
        {
            Session.Changed += OnSessionChanged;
        }
    }

    /// <summary>Whether <see cref="PlanRenderPump"/> renders this component in the first batch after a change.</summary>
    internal bool RendersInFirstBatch => RendersFirst;

    /// <summary>Takes the new slice if it changed (see <see cref="OnSliceChanged"/>); true when the component must render.</summary>
    internal bool TakeSliceChange()
    {
        if (_disposed)
        {
            return false;
        }
        var slice = Slice;
        if (Equals(slice, _slice))
        {
            return false;
        }
        _slice = slice;
        OnSliceChanged();
        return true;
    }

    /// <summary>Re-renders now (inside the pump's batch).</summary>
    internal void RenderNow()
    {
        if (!_disposed)
        {
            StateHasChanged();
        }
    }

    /// <summary>Called on the renderer's thread when <see cref="Slice"/> changed, before the re-render: a component that keeps
    /// its own copy of an input (a picker's chosen entry) takes the plan's value again here — the change may come from
    /// elsewhere (a room member, a suggestion, a reset).</summary>
    protected virtual void OnSliceChanged()
    {
    }

    /// <summary>Applies an edit; returns the refusal's message (plan unchanged) or null.</summary>
    protected string? TryEdit(Func<Plan, Plan> edit)
    {
        try
        {
            Session.Edit(edit);
            return null;
        }
        catch (InputException ex)
        {
            return ex.Problem.Message;
        }
    }

    private void OnSessionChanged() => _ = InvokeAsync(async () =>
    {
        if (!RendersFirst)
        {
            // Each yield re-queues this behind the work already queued on the circuit's dispatcher: the first behind the render
            // of the key numbers (whose batch it sends), the second behind the viewer's diff that render queued.
            await Task.Yield();
            await Task.Yield();
        }
        if (TakeSliceChange())
        {
            StateHasChanged();
        }
    });

    public void Dispose()
    {
        _disposed = true;
        _pump?.Remove(this);
        Session.Changed -= OnSessionChanged;
        GC.SuppressFinalize(this);
    }
}

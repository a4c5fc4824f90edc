using DfxrmViz.Web.Services;
using Microsoft.AspNetCore.Components;

namespace DfxrmViz.Web.Components.Shared;

/// <summary>
/// Renders, after each change of the session, every <see cref="PlanComponentBase"/> whose slice changed in two render batches:
/// the key numbers first, then all the others together behind the 3D view's diff. Each component re-rendering on its own
/// made a batch of its own (a dozen per energy edit, each serialised, sent and acknowledged apart); a render fragment of this
/// component asks for them while a batch is in progress, and the renderer renders everything queued then in that same batch
/// (ASP.NET Core 10 Renderer.AddToRenderQueue: no new batch while one is in progress). One per circuit, in the layout, before
/// the page: components created without it (a component rendered alone in a test) re-render themselves as before.
/// </summary>
public sealed class PlanRenderPump : IComponent, IDisposable
{
    private readonly List<PlanComponentBase> _members = [];
    private RenderHandle _handle;
    private bool _subscribed;
    private bool _disposed;

    [Inject] private PlanSession Session { get; set; } = null!;

    [Inject] private PlanRenderRegistry Registry { get; set; } = null!;

    void IComponent.Attach(RenderHandle renderHandle) => _handle = renderHandle;

    Task IComponent.SetParametersAsync(ParameterView parameters)
    {
        if (!_subscribed)
        {
            _subscribed = true;
            Registry.Pump = this;
            Session.Changed += OnSessionChanged;
        }
        return Task.CompletedTask;
    }

    /// <summary>Adds a component to those rendered after a change (on the renderer's thread).</summary>
    internal void Add(PlanComponentBase member) => _members.Add(member);

    /// <summary>The components that joined and are not disposed.</summary>
    public int MemberCount => _members.Count;

    /// <summary>Removes a disposed component (on the renderer's thread).</summary>
    internal void Remove(PlanComponentBase member) => _members.Remove(member);

    private void OnSessionChanged() => _ = _handle.Dispatcher.InvokeAsync(async () =>
    {
        RenderChanged(first: true);
        // Each yield re-queues the rest behind the work already queued on the circuit's dispatcher: the first behind the key
        // numbers' batch, the second behind the viewer's diff that render queued.
        await Task.Yield();
        await Task.Yield();
        RenderChanged(first: false);
    });

    private void RenderChanged(bool first)
    {
        if (_disposed)
        {
            return;
        }
        var changed = new List<PlanComponentBase>();
        foreach (var member in _members.ToArray())
        {
            if (member.RendersInFirstBatch == first && member.TakeSliceChange())
            {
                changed.Add(member);
            }
        }
        if (changed.Count > 0)
        {
            _handle.Render(_ => changed.ForEach(c => c.RenderNow()));
        }
    }

    public void Dispose()
    {
        _disposed = true;
        if (_subscribed)
        {
            Session.Changed -= OnSessionChanged;
        }
        if (ReferenceEquals(Registry.Pump, this))
        {
            Registry.Pump = null;
        }
    }
}

/// <summary>The circuit's <see cref="PlanRenderPump"/>, for the components to join (a scoped service: one per circuit).</summary>
public sealed class PlanRenderRegistry
{
    /// <summary>The pump of this circuit's layout, null before it is rendered or without one.</summary>
    public PlanRenderPump? Pump { get; internal set; }
}

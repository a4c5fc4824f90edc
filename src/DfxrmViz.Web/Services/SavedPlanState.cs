using DfxrmViz.Core.Planning;

namespace DfxrmViz.Web.Services;

/// <summary>The saved plan of one browser session: set by "Save" and by opening <c>/p/{id}</c>. While the plan shown is that
/// plan (the camera aside: turning the view changes no number) the page's address and share link are <c>/p/{id}</c>; after
/// an edit they are <c>/?plan=</c> again, and the saved plan never changes (docs/api.md "Saved plans").</summary>
public sealed class SavedPlanState
{
    private Plan? _plan;

    /// <summary>The saved plan's id, or null.</summary>
    public string? Id { get; private set; }

    /// <summary>Raised when a plan was saved or opened.</summary>
    public event Action? Changed;

    /// <summary>Remembers that <paramref name="plan"/> is saved under <paramref name="id"/>.</summary>
    public void Set(string id, Plan plan)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(plan);
        (Id, _plan) = (id, WithoutCamera(plan));
        Changed?.Invoke();
    }

    /// <summary>The saved plan's id when <paramref name="plan"/> is it (camera aside), else null.</summary>
    public string? IdOf(Plan plan) => _plan is not null && plan is not null && WithoutCamera(plan).Equals(_plan) ? Id : null;

    /// <summary>The path and query that show <paramref name="plan"/>: <c>/p/{id}</c> when it is the saved plan, else
    /// <c>/?plan=…</c>, or null when that is too long for an address (then only saving shares it).</summary>
    public string? PathOf(Plan plan) => IdOf(plan) is { } id ? "/p/" + id : PlanAddress.AddressOf(plan);

    private static Plan WithoutCamera(Plan p) => p with { View = p.View.WithoutCamera };
}

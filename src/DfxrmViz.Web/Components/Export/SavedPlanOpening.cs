using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Planning;
using DfxrmViz.Storage.Plans;
using DfxrmViz.Web.Services;
using DfxrmViz.Web.Storage;

namespace DfxrmViz.Web.Components.Export;

/// <summary>Opens <c>/p/{id}</c> in the planner: exactly the saved plan, or — for an unknown or malformed id, or a store that is
/// down — the example plan and a sentence that says why.</summary>
public static class SavedPlanOpening
{
    /// <summary>Opens the plan saved under <paramref name="id"/> in <paramref name="session"/>; returns null, or the problem
    /// (the example plan is open then).</summary>
    public static async Task<string?> OpenAsync(string id, PlanSession session, SavedPlanState saved, IPlanStore store)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(saved);
        string problem;
        try
        {
            var found = await SavedPlans.OpenAsync(store, id);
            if (found.Plan is { } plan)
            {
                session.Open(plan);
                saved.Set(id, plan);
                return null;
            }
            problem = found.Detail!;
        }
        catch (PlanStoreUnavailableException)
        {
            problem = "The saved plan cannot be read: the server's plan storage is not available right now. Try the link again in a moment.";
        }
        catch (InputException ex)
        {
            problem = "The saved plan cannot be read by this version of the app: " + ex.Problem.Message;
        }
        session.Open(Plan.Example);
        return problem;
    }
}

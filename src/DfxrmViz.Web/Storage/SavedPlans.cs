using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Planning.Json;
using DfxrmViz.Storage.Plans;

namespace DfxrmViz.Web.Storage;

/// <summary>What opening a saved-plan id gave: the plan, or why there is none (malformed id, unknown id).</summary>
/// <param name="Plan">The saved plan, or null.</param>
/// <param name="Title">"Malformed plan id" or "Unknown plan id" when there is no plan.</param>
/// <param name="Detail">A sentence for the user that offers the example plan.</param>
public sealed record SavedPlanLookup(Plan? Plan, string? Title, string? Detail);

/// <summary>Saving and opening saved plans for the page and the export endpoints (docs/api.md "Saved plans"): the plan passes
/// the normalizer on the way in and the strict plan reader on the way out. A store that is down throws
/// <see cref="PlanStoreUnavailableException"/>.</summary>
public static class SavedPlans
{
    /// <summary>Saves <paramref name="plan"/> under a new id.</summary>
    public static async Task<string> SaveAsync(IPlanStore store, IPlanNormalizer normalizer, Plan plan, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(normalizer);
        using var doc = System.Text.Json.JsonDocument.Parse(PlanJson.WriteUtf8(plan));
        return await store.SavePlanAsync(normalizer.Normalize(doc.RootElement), ct);
    }

    /// <summary>The plan saved under <paramref name="id"/> (the id is checked before the store is asked).</summary>
    public static async Task<SavedPlanLookup> OpenAsync(IPlanStore store, string? id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!PublicId.IsWellFormed(id))
        {
            return new(null, "Malformed plan id", $"This is not a saved-plan id: ids are {PublicId.Length} characters of A–Z, a–z, 0–9, '-' and '_'. " +
                "Check the link, or start from the example plan.");
        }
        return await store.GetPlanAsync(id!, ct) is { } saved
            ? new(PlanJson.Read(saved.PlanJson), null, null)
            : new(null, "Unknown plan id", $"No saved plan has the id '{id}'. Check the link, or start from the example plan.");
    }
}

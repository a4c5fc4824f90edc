namespace DfxrmViz.Storage.Plans;

/// <summary>Limits of the plan store.</summary>
public sealed record PlanStoreOptions
{
    /// <summary>Default cap on one plan's JSON: the request-body limit of docs/api.md (5 MB), so whatever the API
    /// accepts can be stored.</summary>
    public const long DefaultMaxPlanBytes = 5 * 1024 * 1024;

    /// <summary>Largest plan JSON stored, in UTF-8 bytes (configuration <c>DfxrmViz:MaxPlanBytes</c>).</summary>
    public long MaxPlanBytes { get; init; } = DefaultMaxPlanBytes;
}

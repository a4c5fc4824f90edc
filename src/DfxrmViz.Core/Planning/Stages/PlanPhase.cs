namespace DfxrmViz.Core.Planning.Stages;

/// <summary>How far <see cref="PlanPipeline.Compute(Plan, PlanPhase, CancellationToken)"/> goes: the page shows each phase as soon as it is done.</summary>
public enum PlanPhase
{
    /// <summary>Crystal, attenuation, and — when the plan names its reflection — 2θ, orientation, mount check and lens.</summary>
    Quick,

    /// <summary>Also the reflection table, the default reflection and what waits for it, and the lens plot.</summary>
    Table,

    /// <summary>Also the reachability of every listed reflection and the suggestions that use it.</summary>
    Full,
}

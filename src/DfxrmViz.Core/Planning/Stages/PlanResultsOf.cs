using DfxrmViz.Core.Absorption;
using DfxrmViz.Core.Diagnostics;
using DfxrmViz.Core.Orientation;
using DfxrmViz.Core.Scattering;
using DfxrmViz.Core.Scene;

namespace DfxrmViz.Core.Planning.Stages;

/// <summary>Results when the crystal itself cannot be read: every stage carries the crystal's problem.</summary>
public static class PlanResultsOf
{
    /// <summary>Every stage failed with <paramref name="problem"/>.</summary>
    public static PlanResults CrystalFailed(Plan plan, InputProblem problem)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(problem);
        var message = $"No crystal: {problem.Located}";
        return new PlanResults(plan, true, Failed<LoadedCrystal>(problem), Failed<AbsorptionResult>(problem), Failed<AttenuationCurve>(problem),
            Failed<ReflectionTable>(problem), Failed<SelectionResult>(problem), Failed<BraggResult>(problem), Failed<PlannedOrientation>(problem),
            Failed<ReachabilityTable>(problem), plan.MountCheck is { Found.Count: > 0 } ? Failed<MountCheckResult>(problem) : null,
            plan.Lens is null ? null : Failed<LensOutcome>(problem), plan.Lens is null ? null : Failed<LensCurve>(problem),
            [new("absorption", PreflightStatus.Unchecked, message, null), new("reachability", PreflightStatus.Unchecked, message, null),
             new("mount", PreflightStatus.Unchecked, message, null)], Failed<SceneModel>(problem));
    }

    private static StageResult<T> Failed<T>(InputProblem p) where T : class => StageResult<T>.Failed(p);
}
